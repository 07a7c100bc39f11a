"""Yanqi social insurance centre 2023 (documents/004_...): performance self-evaluation tables, part 2.

Project tables 项目支出绩效自评表 at lines 2362, 2815, 3307, 3785, 4180 (evaluation_no 6..10),
template xinjiang_prior_year, to the end of the tables (line 4645). Hand transcription: every
cell is given by its line or line range (non-blank lines joined without adding characters);
the script only joins lines and checks each literal against its cited line.

Indicator columns, in printed order: 一级指标, 二级指标, 三级指标, 指标值, 指标值设置依据, 上年完成值,
指标分值权重, 指标赋分规则, 佐证资料, 指标实际完成值, 完成率, 指标得分, 偏差原因分析及改进措施.

Lines holding only a number inside these tables are cell content, not page numbers (the only
page number in the range is line 3305, "29", printed after the 总分 row of table 7): the
246 in two deviation texts (lines 3011, 3107) and the 2636 of a 上年完成值 (line 3479) are kept.

Run: python3 -m fiscal_warehouse.transcribe.yanqi_social_insurance_2023_perf_part2
Writes fragment CSV files into OUT_DIR; `python -m fiscal_warehouse.transcribe`
assembles them into seeds/:
"""

from __future__ import annotations

import re

from fiscal_warehouse.documents import FRAGMENTS_DIR, document_lines, squeeze
from fiscal_warehouse.transcribe.cells import NONE, printed_line, put, seed_header, write_fragment

REPORT_ID = "yanqi_social_insurance_2023"
OUT_DIR = FRAGMENTS_DIR / "yanqi_social_insurance_2023/part2"
LINES = document_lines(REPORT_ID)
PAGE_NUMBER_LINES = {3305}


def ln(n: int) -> str:
    return printed_line(LINES, n)


def J(a: int, b: int | None = None) -> tuple[str, int]:
    """A cell printed over lines a..b: non-blank lines joined without adding characters."""
    b = a if b is None else b
    assert not PAGE_NUMBER_LINES & set(range(a, b + 1)), (a, b)
    parts = [ln(i) for i in range(a, b + 1) if ln(i)]
    assert parts and ln(a), (a, b)
    return "".join(parts), a


def values(line: int, *cells: str) -> list[tuple[str, int]]:
    """Cells at the end of a line, in printed order; the line must end with exactly them."""
    expected = " ".join(cells)
    assert ln(line) == expected or ln(line).endswith(" " + expected), (line, ln(line), expected)
    return [(c, line) for c in cells]


EVAL_HEADER = seed_header("performance_evaluations")
FUND_HEADER = seed_header("performance_funds")
IND_HEADER = seed_header("performance_indicators")

evaluations: list[dict] = []
funds: list[dict] = []
indicators: list[dict] = []


# ------------------------------------------------------------------ table header and funds


def add_fund(no: int, ordinal: int, source: str, value_line: int) -> None:
    """Funding row: 年初预算数 全年预算数 全年执行数 分值 执行率 得分 at the end of value_line."""
    tokens = ln(value_line).split(" ")
    if tokens[-1] == "分":  # "10.00 分"
        tokens = tokens[:-1]
    tokens = tokens[-6:]
    row = {"report_id": REPORT_ID, "evaluation_no": str(no), "ordinal": str(ordinal), "fund_source": source}
    cols = [
        "initial_budget_wan_yuan",
        "full_year_budget_wan_yuan",
        "executed_wan_yuan",
        "weight",
        "execution_rate_pct",
        "score",
    ]
    for col, tok in zip(cols, tokens, strict=True):
        if tok in ("-", "—", "－"):
            put(row, col, NONE)
        else:
            tok = tok.rstrip("%").replace(",", "")
            float(tok)
            put(row, col, (tok, value_line))
    funds.append(row)


def project(no: int, title_line: int, goal_expected, goal_actual, total_line: int) -> None:
    """Header of a project table: title, 项目名称, 主管部门/实施单位, funds, goals, 总分."""
    assert squeeze(ln(title_line)) == "项目支出绩效自评表", title_line
    assert ln(title_line + 1) == "(2023 年度)", title_line
    name_line = title_line + 3
    name = ln(name_line)
    assert name.startswith("项目名称 "), name
    dep_line = name_line + 2
    m = re.fullmatch(r"主管部门 (\S+) 实施单位 (\S+)", ln(dep_line))
    assert m, ln(dep_line)
    row = {"report_id": REPORT_ID, "evaluation_no": str(no), "evaluation_level": "project"}
    row["template"] = "xinjiang_prior_year"
    put(row, "title", ("项目支出绩效自评表", title_line))
    put(row, "project_name", (name[len("项目名称 ") :], name_line))
    put(row, "department_name", (m.group(1), dep_line))
    put(row, "implementing_unit", (m.group(2), dep_line))
    put(row, "fill_date", NONE)  # no 填报日期 printed
    row["budget_category"] = row["project_nature"] = row["project_type"] = ""
    put(row, "goal_expected", goal_expected)
    put(row, "goal_actual", goal_actual)
    put(row, "deviation_analysis", NONE)  # no table-level 偏差/改进 cells in this template
    put(row, "improvement_plan", NONE)
    put(row, "indicator_weight", NONE)
    # 总分 row: "总分" / "100.0" / "0 分" -- one value, the score (table 7 prints 98.92 = the sum
    # of the indicator and fund scores); no 分值 is printed on the row.
    assert ln(total_line) == "总分", total_line
    score_text = squeeze(ln(total_line + 1) + ln(total_line + 2) + ln(total_line + 3))
    m2 = re.fullmatch(r"(\d+\.\d+)分", score_text)
    assert m2, score_text
    put(row, "total_weight", NONE)
    put(row, "total_score", (m2.group(1), total_line + 1))
    evaluations.append(row)

    # funds: 年度资金总额 / 其中：当年财政拨款 (label over two lines, values on the next) / 其他资金
    total_fund_line = name_line + 14
    assert ln(total_fund_line).startswith("年度资金总额 "), ln(total_fund_line)
    assert ln(total_fund_line + 2) == "其中：当年财" and ln(total_fund_line + 4) == "政拨款"
    assert ln(total_fund_line + 7).startswith("其他资金 ")
    add_fund(no, 1, "年度资金总额", total_fund_line)
    add_fund(no, 2, "其中：当年财政拨款", total_fund_line + 5)
    add_fund(no, 3, "其他资金", total_fund_line + 7)


# ------------------------------------------------------------------ indicators

_ordinal: dict[int, int] = {}


def ind(no, l1, l2, name, target, basis, prior, weight, rule, evidence, actual, rate, score, deviation=NONE):
    _ordinal[no] = _ordinal.get(no, 0) + 1
    row = {"report_id": REPORT_ID, "evaluation_no": str(no), "ordinal": str(_ordinal[no]), "goal_no": ""}
    put(row, "level1_name", l1)
    put(row, "level2_name", l2)
    put(row, "indicator_name", name)
    put(row, "target_text", target)
    put(row, "basis", basis)
    put(row, "prior_year_text", prior)
    put(row, "weight", weight)
    put(row, "scoring_rule", rule)
    put(row, "evidence", evidence)
    put(row, "actual_text", actual)
    put(row, "completion_rate_pct", rate)
    put(row, "score", score)
    put(row, "deviation_reason", deviation)
    put(row, "remark", NONE)
    indicators.append(row)


# ============================================================ 6: 城乡居民基本养老保险补助资金 (2362)
project(6, 2362, J(2396, 2408), J(2410, 2420), 2811)
L1, L2 = J(2504, 2506), J(2508, 2510)
p, w = values(2535, "无", "10")
rate, s = values(2552, "100", "10.00")
ind(6, L1, L2, J(2512, 2526), J(2528, 2530), J(2532, 2534), p, w, J(2537, 2543), J(2545, 2547), J(2549, 2551), rate, s)
p, w = values(2577, "无", "10")
a, rate, s = values(2590, "=3 次", "100", "10.00")
ind(6, L1, L2, J(2554, 2568), J(2570, 2572), J(2574, 2576), p, w, J(2579, 2585), J(2587, 2589), a, rate, s)
L2 = J(2591, 2593)
p, w = values(2613, "无", "10")
a, rate, s = values(2626, "=95%", "100", "10.00")
ind(6, L1, L2, J(2595, 2607), J(2609), J(2610, 2612), p, w, J(2615, 2621), J(2623, 2625), a, rate, s)
L2 = J(2628, 2630)
p, w = values(2652, "无", "10")
a, rate, s = values(2665, "=95%", "100", "10.00")
ind(6, L1, L2, J(2632, 2646), J(2648), J(2649, 2651), p, w, J(2654, 2660), J(2662, 2664), a, rate, s)
L1, L2 = J(2667, 2669), J(2671, 2675)
p, w = values(2693, "无", "20")
a, rate, s = values(2706, "=100%", "100", "20.00")
ind(6, L1, L2, J(2677, 2681), J(2683, 2685), J(2687, 2691), p, w, J(2695, 2701), J(2703, 2705), a, rate, s)
L1, L2 = J(2708, 2710), J(2712, 2716)
p, w = values(2737, "无", "20")
rate, s = values(2754, "100", "20.00")
ind(6, L1, L2, J(2718, 2728), J(2730, 2732), J(2734, 2736), p, w, J(2739, 2745), J(2747, 2749), J(2751, 2753), rate, s)
L1, L2 = J(2756, 2760), J(2762, 2766)
p, w = values(2784, "无", "10")
a, rate, s = values(2795, "=100%", "105", "10.00")
ind(6, L1, L2, J(2768, 2778), J(2780), J(2781, 2783), p, w, J(2786, 2790), J(2792, 2794), a, rate, s, J(2797, 2809))

# ============================================================ 7: 州直关闭破产困难企业退休人员生活补贴 (2815)
project(7, 2815, J(2849, 2855), J(2857, 2865), 3298)
L1, L2 = J(2949, 2951), J(2953, 2955)
p, w = values(2978, "无", "10")
rate, s = values(2995, "94.61", "9.46")
ind(
    7,
    L1,
    L2,
    J(2957, 2969),
    J(2971, 2973),
    J(2975, 2977),
    p,
    w,
    J(2980, 2986),
    J(2988, 2990),
    J(2992, 2994),
    rate,
    s,
    J(2997, 3013),
)
p, w = values(3036, "无", "10")
a, rate, s = values(3049, "=4 次", "100", "10.00")
ind(7, L1, L2, J(3015, 3027), J(3029, 3031), J(3033, 3035), p, w, J(3038, 3044), J(3046, 3048), a, rate, s)
L2 = J(3050, 3052)
p, w = values(3074, "无", "10")
rate, s = values(3091, "94.61", "9.46")
ind(
    7,
    L1,
    L2,
    J(3054, 3068),
    J(3070),
    J(3071, 3073),
    p,
    w,
    J(3076, 3082),
    J(3084, 3086),
    J(3088, 3090),
    rate,
    s,
    J(3093, 3109),
)
L2 = J(3111, 3113)
p, w = values(3135, "无", "10")
a, rate, s = values(3148, "=98%", "100", "10.00")
ind(7, L1, L2, J(3115, 3129), J(3131), J(3132, 3134), p, w, J(3137, 3143), J(3145, 3147), a, rate, s)
L1, L2 = J(3150, 3152), J(3154, 3158)
p, w = values(3176, "无", "20")
a, rate, s = values(3189, "=100%", "100", "20.00")
ind(7, L1, L2, J(3160, 3164), J(3166, 3168), J(3170, 3174), p, w, J(3178, 3184), J(3186, 3188), a, rate, s)
L1, L2 = J(3191, 3193), J(3195, 3199)
p, w = values(3222, "无", "20")
rate, s = values(3239, "100", "20.00")
ind(7, L1, L2, J(3201, 3213), J(3215, 3217), J(3219, 3221), p, w, J(3224, 3230), J(3232, 3234), J(3236, 3238), rate, s)
L1, L2 = J(3241, 3245), J(3247, 3251)
p, w = values(3273, "无", "10")
a, rate, s = values(3284, "=100%", "105", "10.00")
ind(7, L1, L2, J(3253, 3267), J(3269), J(3270, 3272), p, w, J(3275, 3279), J(3281, 3283), a, rate, s, J(3286, 3296))

# ============================================================ 8: 机关养老周转金 (3307)
project(8, 3307, J(3341, 3349), J(3351, 3363), 3781)
L1, L2 = J(3447, 3449), J(3451, 3453)
(w,) = values(3482, "10")
rate, s = values(3499, "100", "10.00")
ind(
    8,
    L1,
    L2,
    J(3455, 3469),
    J(3471, 3473),
    J(3475, 3477),
    J(3479, 3481),
    w,
    J(3484, 3490),
    J(3492, 3494),
    J(3496, 3498),
    rate,
    s,
)
p, w = values(3524, "12 次", "10")
rate, s = values(3541, "100", "10.00")
ind(8, L1, L2, J(3501, 3515), J(3517, 3519), J(3521, 3523), p, w, J(3526, 3532), J(3534, 3536), J(3538, 3540), rate, s)
L2 = J(3542, 3544)
p, w = values(3566, "95%", "10")
a, rate, s = values(3579, "=95%", "100", "10.00")
ind(8, L1, L2, J(3546, 3560), J(3562), J(3563, 3565), p, w, J(3568, 3574), J(3576, 3578), a, rate, s)
L2 = J(3581, 3583)
p, w = values(3607, "95%", "10")
a, rate, s = values(3620, "=95%", "100", "10.00")
ind(8, L1, L2, J(3585, 3601), J(3603), J(3604, 3606), p, w, J(3609, 3615), J(3617, 3619), a, rate, s)
L1, L2 = J(3622, 3624), J(3626, 3630)
(w,) = values(3664, "20")
rate, s = values(3684, "100", "20.00")
ind(
    8,
    L1,
    L2,
    J(3632, 3650),
    J(3652, 3656),
    J(3658, 3662),
    NONE,
    w,
    J(3666, 3672),
    J(3674, 3676),
    J(3678, 3682),
    rate,
    s,
)
L1, L2 = J(3686, 3688), J(3690, 3694)
(w,) = values(3725, "20")
rate, s = values(3742, "100", "20.00")
ind(
    8,
    L1,
    L2,
    J(3696, 3712),
    J(3714, 3716),
    J(3718, 3720),
    J(3722, 3724),
    w,
    J(3727, 3733),
    J(3735, 3737),
    J(3739, 3741),
    rate,
    s,
)
L1, L2 = J(3744, 3748), J(3750, 3754)
p, w = values(3768, "98%", "10")
a, rate, s = values(3779, "=98%", "100", "10.00")
ind(8, L1, L2, J(3756, 3762), J(3764), J(3765, 3767), p, w, J(3770, 3774), J(3776, 3778), a, rate, s)

# ============================================================ 9: 自治区财政社保经办机构业务经费 (3785)
# No 上年完成值 is printed in this table: the cell after 指标值设置依据 is the weight.
project(9, 3785, J(3819, 3821), J(3823, 3831), 4176)
L1, L2 = J(3915, 3917), J(3919, 3921)
(w,) = values(3936, "10")
a, rate, s = values(3949, "=8 人", "100", "10.00")
ind(9, L1, L2, J(3923, 3927), J(3929, 3931), J(3933, 3935), NONE, w, J(3938, 3944), J(3946, 3948), a, rate, s)
(w,) = values(3964, "10")
a, rate, s = values(3977, "=8 次", "100", "10.00")
ind(9, L1, L2, J(3951, 3955), J(3957, 3959), J(3961, 3963), NONE, w, J(3966, 3972), J(3974, 3976), a, rate, s)
L2 = J(3979, 3981)
(w,) = values(3995, "10")
a, rate, s = values(4008, "=100%", "100", "10.00")
ind(9, L1, L2, J(3983, 3989), J(3991), J(3992, 3994), NONE, w, J(3997, 4003), J(4005, 4007), a, rate, s)
L2 = J(4010, 4012)
(w,) = values(4028, "10")
a, rate, s = values(4041, "=100%", "100", "10.00")
ind(9, L1, L2, J(4014, 4022), J(4024), J(4025, 4027), NONE, w, J(4030, 4036), J(4038, 4040), a, rate, s)
L1, L2 = J(4043, 4045), J(4047, 4051)
(w,) = values(4069, "20")
a, rate, s = values(4082, "=100%", "100", "20.00")
ind(9, L1, L2, J(4053, 4057), J(4059, 4061), J(4063, 4067), NONE, w, J(4071, 4077), J(4079, 4081), a, rate, s)
L1, L2 = J(4083, 4085), J(4087, 4091)
(w,) = values(4106, "20")
rate, s = values(4123, "100", "20.00")
ind(
    9,
    L1,
    L2,
    J(4093, 4097),
    J(4099, 4101),
    J(4103, 4105),
    NONE,
    w,
    J(4108, 4114),
    J(4116, 4118),
    J(4120, 4122),
    rate,
    s,
)
L1, L2 = J(4125, 4129), J(4131, 4135)
(w,) = values(4149, "10")
a, rate, s = values(4160, "=100%", "105", "10.00")
ind(9, L1, L2, J(4137, 4143), J(4145), J(4146, 4148), NONE, w, J(4151, 4155), J(4157, 4159), a, rate, s, J(4162, 4174))

# ============================================================ 10: 财政对企业职工基本养老保险的补助 (4180)
# No 上年完成值 is printed in this table either.
project(10, 4180, J(4214, 4228), J(4230, 4244), 4642)
L1, L2 = J(4328, 4330), J(4332, 4334)
(w,) = values(4359, "10")
rate, s = values(4376, "100", "10.00")
ind(
    10,
    L1,
    L2,
    J(4336, 4350),
    J(4352, 4354),
    J(4356, 4358),
    NONE,
    w,
    J(4361, 4367),
    J(4369, 4371),
    J(4373, 4375),
    rate,
    s,
)
(w,) = values(4398, "10")
a, rate, s = values(4411, "=1 次", "100", "10.00")
ind(10, L1, L2, J(4378, 4392), J(4394), J(4395, 4397), NONE, w, J(4400, 4406), J(4408, 4410), a, rate, s)
L2 = J(4412, 4414)
(w,) = values(4436, "10")
a, rate, s = values(4449, "=100%", "100", "10.00")
ind(10, L1, L2, J(4416, 4430), J(4432), J(4433, 4435), NONE, w, J(4438, 4444), J(4446, 4448), a, rate, s)
L2 = J(4451, 4453)
(w,) = values(4475, "10")
a, rate, s = values(4488, "=100%", "100", "10.00")
ind(10, L1, L2, J(4455, 4469), J(4471), J(4472, 4474), NONE, w, J(4477, 4483), J(4485, 4487), a, rate, s)
L1, L2 = J(4490, 4492), J(4494, 4498)
(w,) = values(4516, "20")
a, rate, s = values(4529, "=100%", "100", "20.00")
ind(10, L1, L2, J(4500, 4504), J(4506, 4508), J(4510, 4514), NONE, w, J(4518, 4524), J(4526, 4528), a, rate, s)
L1, L2 = J(4531, 4533), J(4535, 4539)
(w,) = values(4564, "20")
rate, s = values(4581, "100", "20.00")
ind(
    10,
    L1,
    L2,
    J(4541, 4555),
    J(4557, 4559),
    J(4561, 4563),
    NONE,
    w,
    J(4566, 4572),
    J(4574, 4576),
    J(4578, 4580),
    rate,
    s,
)
L1, L2 = J(4583, 4587), J(4589, 4593)
(w,) = values(4615, "10")
a, rate, s = values(4626, "=105%", "105", "10.00")
ind(10, L1, L2, J(4595, 4609), J(4611), J(4612, 4614), NONE, w, J(4617, 4621), J(4623, 4625), a, rate, s, J(4628, 4640))


def write(name: str, header: list[str], rows: list[dict]) -> None:
    write_fragment(OUT_DIR, name, header, rows)


def main() -> None:
    write("performance_evaluations.csv", EVAL_HEADER, evaluations)
    write("performance_funds.csv", FUND_HEADER, funds)
    write("performance_indicators.csv", IND_HEADER, indicators)
    print(f"{len(evaluations)} evaluations, {len(funds)} funds, {len(indicators)} indicators -> {OUT_DIR}")


if __name__ == "__main__":
    main()
