"""Tongcheng HRSS 2023 (documents/003_...): project self-evaluation tables, part 2.

Hubei-template project tables of "三、2023 年度通城县人社局项目绩效评价自评表" from line 3654
(2023 年度城乡居民养老保险运行经费项目自评表) to the 就业专项资金县级配套 table ending at line
5532: evaluation_no 14..27. Hand transcription: every cell is given by its line (or line
range, joined without adding characters); the script joins lines and checks each literal
against its cited line.

Layout decisions (see the transcriber's report):
- 预算执行情况 row: label 年度财政资金总额; 预算数（A) -> full_year_budget_wan_yuan,
  执行数(B) -> executed_wan_yuan, 执行率 -> execution_rate_pct, 得分 -> score; weight = the 20
  printed in the header "（20 分）" (that line is cited).
- Indicators: the template has no 分值 column, so weight stays empty.
- "总分 100": the only number of the row, printed in the 得分 column -> total_score;
  total_weight stays empty (no 分值 printed on the row).
- The two table-level cells after 总分, 偏差大或目标未完成原因分析 and 改进措施及结果应用方案:
  -> deviation_analysis and improvement_plan, as printed ("无" included), see closing().

Run: python3 -m fiscal_warehouse.transcribe.tongcheng_hrss_2023_perf_part2
Writes fragment CSV files into OUT_DIR; `python -m fiscal_warehouse.transcribe`
assembles them into seeds/:
"""

from __future__ import annotations

import re

from fiscal_warehouse.documents import FRAGMENTS_DIR, document_lines, squeeze
from fiscal_warehouse.transcribe.cells import NONE, printed_line, put, seed_header, write_fragment

REPORT_ID = "tongcheng_hrss_2023"
OUT_DIR = FRAGMENTS_DIR / "tongcheng_hrss_2023/part2"
LINES = document_lines(REPORT_ID)


def ln(n: int) -> str:
    return printed_line(LINES, n)


def J(a: int, b: int) -> tuple[str, int]:
    """A cell printed over lines a..b: non-blank lines joined without adding characters."""
    parts = [ln(i) for i in range(a, b + 1) if ln(i)]
    assert parts and parts[0] == ln(a), (a, b)
    assert not any(p.isdigit() for p in parts), (a, b, parts)
    return "".join(parts), a


def T(text: str, line: int) -> tuple[str, int]:
    """A literal cell printed on one line (checked)."""
    assert squeeze(text) in squeeze(ln(line)), (text, line, ln(line))
    return text, line


def R(line: int, *cells: str) -> list[tuple[str, int]]:
    """A line holding exactly these cells, in printed order."""
    assert ln(line) == " ".join(cells), (line, ln(line), cells)
    return [(c, line) for c in cells]


EVAL_HEADER = seed_header("performance_evaluations")
FUND_HEADER = seed_header("performance_funds")
IND_HEADER = seed_header("performance_indicators")

evaluations: list[dict] = []
funds: list[dict] = []
indicators: list[dict] = []


def ticked(*lines: int) -> str:
    """The option marked √ among the options printed on these lines (exactly one)."""
    found = []
    for n in lines:
        found += re.findall(r"\d、(\S+?) √", ln(n))
    assert len(found) == 1, (lines, found)
    return found[0]


def indicator_weight_cell(first_line: int, last_line: int) -> tuple[str, int] | tuple[str, str]:
    """The weight printed in the 年度绩效目标 header, "（80" then "分）" lines below; NONE if absent."""
    found = [n for n in range(first_line, last_line + 1) if ln(n) == "（80"]
    assert len(found) <= 1, found
    if not found:
        return NONE
    assert any(ln(n).startswith("分）") for n in range(found[0] + 1, last_line + 1)), found[0]
    return ("80", found[0])


def table(no, title, fill_date, name_line, dept_line, unit, tick_lines, fund_label, fund_line, weight_line, total_line):
    """Header, 预算执行情况 row and 总分 of one project table."""
    row = {"report_id": REPORT_ID, "evaluation_no": str(no), "evaluation_level": "project", "template": "hubei"}
    assert squeeze(title[0]).endswith("项目自评表"), title
    put(row, "title", title)
    name = ln(name_line)
    assert name.startswith("项目名称 "), name
    put(row, "project_name", (name[len("项目名称 ") :], name_line))
    dep = ln(dept_line)
    m = re.match(r"主管部门 (\S+) 项目实施单位( \S+)?$", dep)
    assert m, dep
    put(row, "department_name", (m.group(1), dept_line))
    if m.group(2):
        assert unit is None
        unit = (m.group(2).strip(), dept_line)
    put(row, "implementing_unit", unit)
    if isinstance(fill_date, int):
        m2 = re.search(r"填报日期：(.+)$", ln(fill_date))
        assert m2, ln(fill_date)
        fill_date = (m2.group(1), fill_date)
    put(row, "fill_date", fill_date)
    c1, c2, nature, kind = tick_lines
    assert ln(c1 - 1) == "项目类别" or ln(c1 - 2) == "项目类别", c1
    row["budget_category"] = ticked(c1, c2)
    assert ln(nature).startswith("项目属性 "), nature
    row["project_nature"] = ticked(nature)
    assert ln(kind).startswith("项目类型 "), kind
    row["project_type"] = ticked(kind)
    put(row, "goal_expected", NONE)
    put(row, "goal_actual", NONE)
    put(row, "deviation_analysis", NONE)  # filled by closing()
    put(row, "improvement_plan", NONE)
    total = re.fullmatch(r"总分 (\d+)", ln(total_line))
    assert total, ln(total_line)
    put(row, "indicator_weight", indicator_weight_cell(title[1], total_line))
    put(row, "total_weight", NONE)
    put(row, "total_score", (total.group(1), total_line))
    evaluations.append(row)

    # 预算执行情况: 预算数（A) 执行数(B) 执行率(B/A) 得分, weight 20 from "（20 分）"
    assert fund_label[0] == "年度财政资金总额", fund_label
    assert ln(weight_line) == "（20 分）", (weight_line, ln(weight_line))
    tokens = ln(fund_line).split(" ")
    assert len(tokens) == 4 and all(re.fullmatch(r"\d+(\.\d+)?", t) for t in tokens), (fund_line, tokens)
    f = {"report_id": REPORT_ID, "evaluation_no": str(no), "ordinal": "1", "fund_source": fund_label[0]}
    put(f, "initial_budget_wan_yuan", NONE)
    put(f, "full_year_budget_wan_yuan", (tokens[0], fund_line))
    put(f, "executed_wan_yuan", (tokens[1], fund_line))
    put(f, "weight", ("20", weight_line))
    put(f, "execution_rate_pct", (tokens[2], fund_line))
    put(f, "score", (tokens[3], fund_line))
    funds.append(f)


def closing(no: int, label: int, dev: tuple[int, int], imp: tuple[int, int]) -> None:
    """The two table-level cells printed after 总分 of table `no`: 偏差大或目标未完成原因分析 (label
    starting at line `label`, text over lines dev) and 改进措施及结果应用方案 (text over lines imp).

    Checks: the table's 总分 is the previous printed line, the labels fill exactly the lines
    between the texts, and the next printed line starts the next table or section.
    """
    row = evaluations[-1]
    assert row["evaluation_no"] == str(no), (no, row["evaluation_no"])
    previous = [i for i in range(label - 3, label) if ln(i)]
    assert previous and str(previous[-1]) == row["total_score_line"], (no, label, previous)
    assert "".join(ln(i) for i in range(label, dev[0])) == "偏差大或目标未完成原因分析", (no, label, dev)
    assert "".join(ln(i) for i in range(dev[1] + 1, imp[0])) == "改进措施及结果应用方案", (no, dev, imp)
    following = next(ln(i) for i in range(imp[1] + 1, len(LINES) + 1) if ln(i))
    assert re.match(r"(2023 年度|四、)", following), (no, imp, following)
    put(row, "deviation_analysis", J(*dev))
    put(row, "improvement_plan", J(*imp))


_ordinal: dict[int, int] = {}


def ind(no, l1, l2, name, target, actual, score):
    _ordinal[no] = _ordinal.get(no, 0) + 1
    row = {"report_id": REPORT_ID, "evaluation_no": str(no), "ordinal": str(_ordinal[no]), "goal_no": ""}
    put(row, "level1_name", l1)
    put(row, "level2_name", l2)
    put(row, "indicator_name", name)
    put(row, "target_text", target)
    for col in ("basis", "prior_year_text", "weight", "scoring_rule", "evidence"):
        put(row, col, NONE)
    put(row, "actual_text", actual)
    put(row, "completion_rate_pct", NONE)
    put(row, "score", score)
    put(row, "deviation_reason", NONE)
    put(row, "remark", NONE)
    indicators.append(row)


def full(no, l1, line, *cells):
    """Row printed on one line: 二级指标 三级指标 年初目标值 实际完成值 得分."""
    l2, name, target, actual, score = R(line, *cells)
    ind(no, l1, l2, name, target, actual, score)


def named(no, l1, l2, line, *cells):
    """Row printed on one line after a spanning 二级指标: 三级指标 年初目标值 实际完成值 得分."""
    name, target, actual, score = R(line, *cells)
    ind(no, l1, l2, name, target, actual, score)


def tail(no, l1, l2, name, line, *cells):
    """Name printed above; values line: 年初目标值 实际完成值 得分."""
    target, actual, score = R(line, *cells)
    ind(no, l1, l2, name, target, actual, score)


# ====================================================== 14: 城乡居民养老保险运行经费 (3654)
table(
    14,
    T("2023 年度城乡居民养老保险运行经费项目自评表", 3654),
    3655,
    3657,
    3659,
    J(3660, 3662),
    (3664, 3666, 3668, 3670),
    J(3687, 3689),
    3690,
    3686,
    3784,
)
closing(14, 3786, (3792, 3792), (3800, 3800))
P = J(3720, 3726)
full(14, P, 3728, "数量指标", "到龄人员享受待遇人数", "73439 人", "73439 人", "10")
full(14, P, 3730, "质量指标", "养老保险工作完成率", "100%", "100%", "10")
full(14, P, 3732, "时效指标", "相关工作完成及时率", "100%", "100%", "10")
l2, name = R(3734, "成本指标", "项目成本控制")
a, s = R(3738, "10 万元", "10")
ind(14, P, l2, name, J(3735, 3737), a, s)
P = J(3740, 3746)
named(14, P, J(3748, 3750), 3751, "为居民提高社会保障", "显著提高", "显著提高", "10")
tail(14, P, J(3753, 3755), J(3757, 3761), 3763, "长期", "长期", "10")
tail(14, J(3765, 3773), J(3775, 3777), J(3779, 3781), 3782, "≥90%", "≥98%", "20")

# ====================================================== 15: 被征地农民养老保险审核办公室工作经费 (3801)
table(15, J(3801, 3803), 3804, 3806, 3808, J(3809, 3811), (3814, 3816, 3818, 3820), J(3837, 3839), 3840, 3836, 3920)
closing(15, 3921, (3927, 3927), (3932, 3932))
P = J(3866, 3868)
full(15, P, 3870, "数量指标", "审核被征地农民养老保险人数", "250 人", "358 人", "8")
l2, name, t = R(3872, "数量指标", "审核被征地农民养老保险金额", "1000 万元")
(s,) = R(3876, "8")
ind(15, P, l2, name, t, J(3873, 3875), s)
full(15, P, 3878, "质量指标", "审核工作完成率", "100%", "100%", "8")
full(15, P, 3880, "时效指标", "办公室审核工作完成及时率", "100%", "100%", "8")
full(15, P, 3882, "成本指标", "项目成本控制", "≤20 万元", "20 万元", "8")
P = J(3884, 3886)
tail(15, P, J(3888, 3890), J(3892, 3896), 3898, "显著提高", "显著提高", "10")
named(15, P, J(3900, 3902), 3903, "保障被征地农员的养老保障", "长期", "长期", "10")
tail(15, J(3905, 3909), J(3911, 3913), J(3915, 3917), 3918, "≥98%", "≥98%", "20")

# ====================================================== 16: 机关事业单位养老保险运行工作经费 (3934)
assert ln(3936) == "单位名称：通城县人力资源和社会保障局" and ln(3937).startswith("填报日期：")
fill = J(3937, 3939)
table(
    16,
    T("2023 年度机关事业单位养老保险运行工作经费项目自评表", 3934),
    (fill[0][len("填报日期：") :], 3937),
    3941,
    3943,
    J(3944, 3946),
    (3949, 3951, 3953, 3955),
    J(3968, 3970),
    3971,
    3967,
    4064,
)
closing(16, 4066, (4072, 4072), (4080, 4080))
P = J(4001, 4007)
full(16, P, 4009, "数量指标", "机关事业单位养老保险运行工作经费", "8500 人", "8544 人", "10")
full(16, P, 4011, "质量指标", "机关事业单位养老保险参保率", "100%", "100%", "10")
full(16, P, 4013, "时效指标", "相关工作完成及时率", "100%", "100%", "10")
l2, name = R(4014, "成本指标", "项目成本控制")
a, s = R(4018, "10 万元", "10")
ind(16, P, l2, name, J(4015, 4017), a, s)
P = J(4020, 4026)
tail(16, P, J(4028, 4030), J(4032, 4034), 4035, "显著提高", "显著提高", "10")
tail(16, P, J(4037, 4039), J(4041, 4045), 4047, "长期", "长期", "10")
named(16, J(4049, 4057), J(4059, 4061), 4062, "养老保险参保人员满意度", "≥90%", "≥98%", "20")

# ====================================================== 17: 流动人员档案管理服务经费 (4082)
table(
    17,
    T("2023 年度流动人员档案管理服务经费项目自评表", 4082),
    4084,
    4086,
    4088,
    J(4089, 4091),
    (4094, 4096, 4098, 4100),
    J(4106, 4108),
    4109,
    4105,
    4189,
)
closing(17, 4191, (4197, 4199), (4204, 4204))
P = J(4135, 4137)
tail(17, P, R(4139, "数量指标")[0], J(4140, 4142), 4143, "1500 份", "1970 份", "8")
full(17, P, 4145, "数量指标", "2023 年办理调出档案", "500 份", "500 份", "8")
full(17, P, 4147, "质量指标", "档案电子化质量验收合格率", "100%", "100%", "8")
full(17, P, 4149, "时效指标", "工作完成及时率", "100%", "100%", "8")
full(17, P, 4151, "成本指标", "项目成本控制", "≤10 万元", "10 万元", "8")
P = J(4153, 4155)
tail(17, P, J(4157, 4159), J(4161, 4163), 4164, "显著提高", "显著提高", "10")
tail(17, P, J(4166, 4168), J(4170, 4174), 4176, "长期", "长期", "10")
named(17, J(4178, 4182), J(4184, 4186), 4187, "流动人员档案服务满意度", "≥90%", "≥96%", "20")

# ====================================================== 18: 劳动保障监察执法办案经费 (4206)
table(
    18,
    T("2023 年度劳动保障监察执法办案经费项目自评表", 4206),
    4207,
    4209,
    4211,
    None,
    (4214, 4216, 4218, 4220),
    J(4237, 4239),
    4240,
    4236,
    4307,
)
closing(18, 4309, (4315, 4319), (4324, 4324))
P = J(4260, 4262)
full(18, P, 4264, "数量指标", "处理各类举报投诉案件例数", "250 件", "317 例", "10")
full(18, P, 4266, "质量指标", "案件办结率", "≥96%", "100%", "10")
full(18, P, 4268, "时效指标", "案件办结及时率", "100%", "100%", "10")
full(18, P, 4270, "成本指标", "项目成本控制", "≤10 万元", "10 万元", "10")
P = J(4272, 4274)
tail(18, P, J(4276, 4278), J(4280, 4282), 4283, "显著提高", "显著提高", "10")
tail(18, P, J(4285, 4287), J(4289, 4293), 4295, "长期", "长期", "10")
named(18, J(4297, 4301), J(4303, 4305), 4306, "执法办案服务对象满意度", "≥90%", "≥96%", "20")

# ====================================================== 19: 企业退休干部津补贴 (4326)
table(
    19,
    T("2023 年度企业退休干部津补贴项目自评表", 4326),
    4328,
    4330,
    4332,
    J(4333, 4335),
    (4338, 4340, 4342, 4344),
    J(4357, 4359),
    4360,
    4356,
    4428,
)
closing(19, 4430, (4436, 4436), (4441, 4441))
P = J(4386, 4388)
full(19, P, 4390, "数量指标", "企业退休军转干部生活困难补助", "46 人", "46 人", "8")
full(19, P, 4392, "数量指标", "53 年前复员军人生活补贴", "2 人", "2人", "8")
full(19, P, 4393, "质量指标", "补贴发放完成率", "100%", "100%", "8")
full(19, P, 4395, "时效指标", "资金发放及时率", "100%", "100%", "8")
full(19, P, 4397, "成本指标", "项目成本控制", "≤15 万元", "15 万元", "8")
P = J(4399, 4401)
named(19, P, J(4403, 4405), 4406, "使离退休人员老有所养", "显著提高", "显著提高", "10")
tail(19, P, J(4408, 4410), J(4412, 4414), 4415, "长期", "长期", "10")
named(19, J(4417, 4421), J(4423, 4425), 4426, "企业离退休干部服务对象满意度", "≥90%", "≥98%", "20")

# ====================================================== 20: 企业养老保险基金缺口县级配套资金 (4443)
table(
    20,
    T("2023 年度企业养老保险基金缺口县级配套资金项目自评表", 4443),
    4445,
    4447,
    4449,
    J(4450, 4452),
    (4455, 4457, 4459, 4460),
    J(4477, 4479),
    4480,
    4476,
    4552,
)
closing(20, 4554, (4560, 4560), (4565, 4565))
P = J(4504, 4506)
full(20, P, 4508, "数量指标", "弥补企业养老保险兜底补贴", "300 万元", "300 万元", "10")
full(20, P, 4510, "质量指标", "资金执行率", "100%", "100%", "10")
full(20, P, 4512, "时效指标", "资金及时到位率", "100%", "100%", "10")
full(20, P, 4514, "成本指标", "项目成本控制率", "≤10%", "0%", "10")
P = J(4516, 4518)
tail(20, P, J(4520, 4522), J(4524, 4528), 4530, "显著提高", "显著提高", "10")
tail(20, P, J(4532, 4534), J(4536, 4538), 4539, "长期", "长期", "10")
named(20, J(4541, 4545), J(4547, 4549), 4550, "参保养老保险服务对象满意度", "≥95%", "≥95%", "20")

# ====================================================== 21: 工伤保险基金缺口县级配套资金 (4567)
table(
    21,
    T("2023 年度工伤保险基金缺口县级配套资金项目自评表", 4567),
    4568,
    4570,
    4572,
    J(4573, 4575),
    (4578, 4580, 4582, 4584),
    J(4601, 4603),
    4604,
    4600,
    4682,
)
closing(21, 4684, (4690, 4690), (4695, 4695))
P = J(4630, 4632)
full(21, P, 4634, "数量指标", "弥补工伤保险基金缺口补贴", "730 万元", "730 万元", "8")
full(21, P, 4636, "数量指标", "2023 年参加工伤保险人数", "25112 人", "25112 人", "8")
full(21, P, 4638, "质量指标", "弥补工伤保险基金到位率", "100%", "100%", "8")
full(21, P, 4640, "时效指标", "弥补工伤保险基金补贴及时率", "100%", "100%", "8")
full(21, P, 4642, "成本指标", "项目成本控制率", "≤10%", "0%", "8")
P = J(4644, 4646)
tail(21, P, J(4648, 4650), J(4652, 4656), 4658, "显著提高", "显著提高", "10")
tail(21, P, J(4660, 4662), J(4664, 4668), 4670, "长期", "长期", "10")
named(21, J(4671, 4675), J(4677, 4679), 4680, "参保工伤保险服务对象满意度", "≥95%", "≥98%", "20")

# ====================================================== 22: 城乡居民养老保险加发基础养老金 (4697)
table(
    22,
    T("2023 年度城乡居民养老保险加发基础养老金项目自评表", 4697),
    4699,
    4701,
    4703,
    J(4704, 4706),
    (4709, 4711, 4713, 4715),
    J(4732, 4734),
    4735,
    4731,
    4807,
)
closing(22, 4809, (4815, 4815), (4820, 4820))
P = J(4759, 4761)
full(22, P, 4762, "数量指标", "到龄人员享受待遇人数", "7.34 万人", "7.34 万人", "10")
assert ln(4763) == "分）"  # the end of the "（80 分）" header cell, displaced by the PDF text flow
full(22, P, 4764, "质量指标", "资金执行率", "100%", "100%", "10")
full(22, P, 4766, "时效指标", "资金及时到位", "及时", "及时", "10")
l2, name = R(4768, "成本指标", "项目成本控制")
a, s = R(4772, "592.62 万元", "10")
ind(22, P, l2, name, J(4769, 4771), a, s)
P = J(4774, 4776)
named(22, P, J(4778, 4780), 4781, "提高了领取人员的待遇", "显著提高", "显著提高", "10")
tail(22, P, J(4783, 4785), J(4787, 4789), 4790, "长期", "长期", "10")
tail(22, J(4792, 4796), J(4798, 4800), J(4802, 4804), 4805, "≥90%", "≥98%", "20")

# ====================================================== 23: 城乡居民养老保险丧葬抚恤补贴 (4822)
table(
    23,
    T("2023 年度城乡居民养老保险丧葬抚恤补贴项目自评表", 4822),
    4824,
    4826,
    4828,
    J(4829, 4831),
    (4834, 4836, 4838, 4839),
    J(4856, 4858),
    4859,
    4855,
    4934,
)
closing(23, 4936, (4942, 4944), (4949, 4949))
P = J(4885, 4887)
full(23, P, 4889, "成本指标", "保障待遇及时足额发放", "481.8 万", "481.8 万", "10")
tail(23, P, R(4891, "数量指标")[0], J(4892, 4894), 4895, "1500 人", "2555 人", "10")
full(23, P, 4897, "质量指标", "补贴发放完成率", "100%", "100%", "10")
full(23, P, 4899, "时效指标", "补贴发放及时率", "100%", "100%", "10")
P = J(4901, 4903)
named(23, P, J(4905, 4907), 4908, "为领取待遇人员提供保障", "显著提高", "显著提高", "10")
tail(23, P, J(4910, 4912), J(4914, 4916), 4917, "长期", "长期", "10")
tail(23, J(4919, 4923), J(4925, 4927), J(4929, 4931), 4932, "≥90%", "≥98%", "20")

# ====================================================== 24: 城乡居民养老保险县级配套 (4951)
table(
    24,
    T("2023 年度城乡居民养老保险县级配套项目自评表", 4951),
    4952,
    4954,
    4956,
    J(4957, 4959),
    (4962, 4964, 4966, 4968),
    J(4985, 4987),
    4988,
    4984,
    5066,
)
closing(24, 5068, (5074, 5074), (5079, 5079))
P = J(5014, 5016)
l2, name = R(5018, "成本指标", "待遇及时足额发放")
a, s = R(5026, "1785.88 万", "10")
ind(24, P, l2, name, J(5020, 5024), a, s)
full(24, P, 5028, "数量指标", "到龄人员享受待遇人数", "7.34 万人", "7.34 万人", "10")
full(24, P, 5030, "质量指标", "资金到位率", "100%", "100%", "10")
full(24, P, 5032, "时效指标", "配套养老金发放及时率", "100%", "100%", "10")
P = J(5034, 5036)
named(24, P, J(5038, 5040), 5041, "为领取待遇人员提高标准", "显著提高", "显著提高", "10")
tail(24, P, J(5043, 5045), J(5047, 5049), 5050, "长期", "长期", "10")
tail(24, J(5052, 5056), J(5058, 5060), J(5062, 5064), 5065, "≥90%", "≥98%", "20")

# ====================================================== 25: 2022 年提高缴费年限养老金、丧抚费 (5081)
table(25, J(5081, 5083), 5085, 5087, 5089, J(5090, 5092), (5095, 5097, 5099, 5101), J(5118, 5120), 5121, 5117, 5195)
closing(25, 5197, (5203, 5203), (5208, 5208))
P = J(5147, 5149)
l2, name = R(5150, "成本指标", "待遇及时足额发放")
a, s = R(5155, "314 万", "10")
ind(25, P, l2, name, J(5152, 5154), a, s)
full(25, P, 5156, "数量指标", "到龄人员享受待遇人数", "7.34 万人", "7.34 万人", "10")
full(25, P, 5158, "质量指标", "资金到位率", "100%", "100%", "10")
full(25, P, 5160, "时效指标", "配套养老金发放及时率", "100%", "100%", "10")
P = J(5162, 5164)
named(25, P, J(5166, 5168), 5169, "为领取待遇人员提高标准", "显著提高", "显著提高", "10")
tail(25, P, J(5171, 5173), J(5175, 5177), 5178, "长期", "长期", "10")
tail(25, J(5180, 5184), J(5186, 5188), J(5190, 5192), 5193, "≥90%", "≥98%", "20")

# ====================================================== 26: 机关事业单位养老保险兜底补贴 (5210)
table(
    26,
    T("2023 年度机关事业单位养老保险兜底补贴项目自评表", 5210),
    5212,
    5214,
    5216,
    J(5217, 5219),
    (5222, 5224, 5226, 5227),
    J(5244, 5246),
    5247,
    5243,
    5326,
)
closing(26, 5328, (5334, 5336), (5341, 5341))
P = J(5273, 5275)
tail(26, P, R(5277, "数量指标")[0], J(5278, 5280), 5281, "5000 人", "6087 人", "10")
full(26, P, 5283, "质量指标", "补贴到位率", "100%", "100%", "10")
full(26, P, 5285, "时效指标", "补贴发放及时率", "100%", "100%", "10")
l2, name = R(5287, "成本指标", "项目成本控制")
a, s = R(5291, "16800 万元", "10")
ind(26, P, l2, name, J(5288, 5290), a, s)
P = J(5293, 5295)
tail(26, P, J(5297, 5299), J(5301, 5303), 5304, "显著提高", "显著提高", "10")
tail(26, P, J(5306, 5308), J(5310, 5312), 5313, "长期", "长期", "10")
named(26, J(5315, 5319), J(5321, 5323), 5324, "参保养老保险服务对象满意度", "≥90%", "≥98%", "20")

# ====================================================== 27: 就业专项资金县级配套 (5343)
table(
    27,
    T("2023 年度就业专项资金县级配套项目自评表", 5343),
    5344,
    5346,
    5348,
    J(5349, 5351),
    (5354, 5356, 5358, 5360),
    J(5377, 5379),
    5380,
    5376,
    5519,
)
closing(27, 5521, (5527, 5527), (5532, 5532))
P = J(5406, 5408)
full(27, P, 5410, "数量指标", "2023 年度返乡创业人数", "400 人", "621 人", "4")
l2, name = R(5412, "数量指标", "2023 年创业担保贷款")
a, s = R(5416, "47367 万元", "4")
ind(27, P, l2, name, J(5413, 5415), a, s)
tail(27, P, R(5418, "数量指标")[0], J(5419, 5421), 5422, "20 人", "44 人", "4")
tail(27, P, R(5424, "数量指标")[0], J(5425, 5427), 5428, "≤8万元", "17.5 万元", "3")
tail(27, P, R(5430, "质量指标")[0], J(5431, 5433), 5434, "100%", "100%", "4")
full(27, P, 5436, "质量指标", "就业见习补贴发放准确率", "100%", "100%", "4")
full(27, P, 5438, "质量指标", "社保补贴发放准确率", "100%", "100%", "4")
tail(27, P, R(5440, "时效指标")[0], J(5441, 5443), 5444, "100%", "100%", "3")
tail(27, P, R(5446, "成本指标")[0], J(5447, 5449), 5450, "≤10 万元", "10 万元", "10")
P = J(5451, 5453)
tail(27, P, J(5455, 5457), J(5459, 5463), 5465, "显著提高", "显著提高", "4")
named(27, P, J(5467, 5469), 5470, "零就业家庭帮扶率", "100%", "100%", "4")
tail(27, P, J(5472, 5474), J(5476, 5478), 5479, "0%", "0%", "4")
tail(27, P, J(5481, 5483), J(5485, 5489), 5491, "长期", "长期", "4")
tail(27, P, J(5493, 5495), J(5497, 5499), 5500, "长期", "长期", "4")
P, Q = J(5502, 5506), J(5508, 5510)
named(27, P, Q, 5512, "公共就业服务满意度", "≥90%", "≥97%", "10")
tail(27, P, Q, J(5514, 5516), 5517, "≥90%", "≥97%", "10")
assert ln(5534).startswith("四、")  # narrative self-evaluation reports follow: no more tables


def write(name: str, header: list[str], rows: list[dict]) -> None:
    write_fragment(OUT_DIR, name, header, rows)


def main() -> None:
    assert all(row["deviation_analysis"] and row["improvement_plan"] for row in evaluations)
    write("performance_evaluations.csv", EVAL_HEADER, evaluations)
    write("performance_funds.csv", FUND_HEADER, funds)
    write("performance_indicators.csv", IND_HEADER, indicators)
    print(f"evaluations {len(evaluations)}, funds {len(funds)}, indicators {len(indicators)}")


if __name__ == "__main__":
    main()
