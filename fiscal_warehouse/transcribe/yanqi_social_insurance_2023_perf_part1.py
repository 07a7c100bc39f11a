"""Yanqi social insurance centre 2023 (documents/004_...): performance self-evaluation tables, part 1.

Department-level table (line 466, evaluation_no 1, template xinjiang) and project tables at
lines 611, 1018, 1437, 1908 (evaluation_no 2..5, template xinjiang_prior_year), stopping
before the table at line 2362. Hand transcription: every cell is given by its line (or line
range, joined without adding characters); the script only joins lines and checks literals.

Project indicator columns, in printed order: 一级指标 二级指标 三级指标 指标值 指标值设置依据
上年完成值 指标分值权重 指标赋分规则 佐证资料 指标实际完成值 完成率 指标得分 偏差原因分析及改进措施.
Empty cells are absent from the text; see the notes at each row.

Run: python3 -m fiscal_warehouse.transcribe.yanqi_social_insurance_2023_perf_part1
Writes fragment CSV files into OUT_DIR; `python -m fiscal_warehouse.transcribe`
assembles them into seeds/:
"""

from __future__ import annotations

import re

from fiscal_warehouse.documents import FRAGMENTS_DIR, document_lines, squeeze
from fiscal_warehouse.transcribe.cells import NONE, printed_line, put, seed_header, write_fragment

REPORT_ID = "yanqi_social_insurance_2023"
OUT_DIR = FRAGMENTS_DIR / "yanqi_social_insurance_2023/part1"
LINES = document_lines(REPORT_ID)
# Page numbers printed inside the tables (lines holding only the number).
PAGE_NUMBER_LINES = {609, 2167}


def ln(n: int) -> str:
    return printed_line(LINES, n)


def J(a: int, b: int) -> tuple[str, int]:
    """A cell printed over lines a..b: non-blank lines joined (page-number lines left out)."""
    assert ln(a), a
    parts = [ln(i) for i in range(a, b + 1) if ln(i) and i not in PAGE_NUMBER_LINES]
    return "".join(parts), a


def T(text: str, line: int) -> tuple[str, int]:
    """A literal cell printed on one line (checked)."""
    assert squeeze(text) in squeeze(ln(line)), (text, line, ln(line))
    return text, line


def V(line: int, *cells: str) -> list[tuple[str, int]]:
    """Cells making up a whole printed line, in printed order (checked)."""
    assert ln(line) == " ".join(cells), (line, ln(line), cells)
    return [(c, line) for c in cells]


def NUM(cell: tuple[str, int]) -> tuple[str, int]:
    """A number cell: %, 分 and spaces dropped (the value stays as printed)."""
    text, line = cell
    value = text.replace("%", "").replace("分", "").strip()
    float(value)
    return value, line


EVAL_HEADER = seed_header("performance_evaluations")
FUND_HEADER = seed_header("performance_funds")
IND_HEADER = seed_header("performance_indicators")

evaluations: list[dict] = []
funds: list[dict] = []
indicators: list[dict] = []


def add_evaluation(
    no,
    level,
    template,
    title,
    project_name,
    department=NONE,
    unit=NONE,
    goal_expected=NONE,
    goal_actual=NONE,
    total_weight=NONE,
    total_score=NONE,
):
    row = {"report_id": REPORT_ID, "evaluation_no": str(no), "evaluation_level": level, "template": template}
    put(row, "title", title)
    put(row, "project_name", project_name)
    put(row, "department_name", department)
    put(row, "implementing_unit", unit)
    put(row, "fill_date", NONE)
    row["budget_category"] = row["project_nature"] = row["project_type"] = ""
    put(row, "goal_expected", goal_expected)
    put(row, "goal_actual", goal_actual)
    put(row, "deviation_analysis", NONE)  # no table-level 偏差/改进 cells in this template
    put(row, "improvement_plan", NONE)
    put(row, "indicator_weight", NONE)
    put(row, "total_weight", total_weight)
    put(row, "total_score", total_score)
    evaluations.append(row)


FUND_COLS = [
    "initial_budget_wan_yuan",
    "full_year_budget_wan_yuan",
    "executed_wan_yuan",
    "weight",
    "execution_rate_pct",
    "score",
]


def add_fund(no, ordinal, source, cells: dict) -> None:
    row = {"report_id": REPORT_ID, "evaluation_no": str(no), "ordinal": str(ordinal), "fund_source": source}
    for col in FUND_COLS:
        cell = cells.get(col, NONE)
        if cell[0] in ("", "-", "—", "－"):
            put(row, col, NONE)
        else:
            put(row, col, NUM(cell))
    funds.append(row)


_ordinal: dict[int, int] = {}


def add_ind(
    no,
    l1,
    l2,
    name,
    target=NONE,
    basis=NONE,
    prior=NONE,
    weight=NONE,
    rule=NONE,
    evidence=NONE,
    actual=NONE,
    rate=NONE,
    score=NONE,
    deviation=NONE,
    remark=NONE,
):
    _ordinal[no] = _ordinal.get(no, 0) + 1
    row = {"report_id": REPORT_ID, "evaluation_no": str(no), "ordinal": str(_ordinal[no]), "goal_no": ""}
    put(row, "level1_name", l1)
    put(row, "level2_name", l2)
    put(row, "indicator_name", name)
    put(row, "target_text", target)
    put(row, "basis", basis)
    put(row, "prior_year_text", prior)
    put(row, "weight", NUM(weight) if weight[0] else NONE)
    put(row, "scoring_rule", rule)
    put(row, "evidence", evidence)
    put(row, "actual_text", actual)
    put(row, "completion_rate_pct", NUM(rate) if rate[0] else NONE)
    put(row, "score", NUM(score) if score[0] else NONE)
    put(row, "deviation_reason", deviation)
    put(row, "remark", remark)
    indicators.append(row)


# ====================================================== 1: department table (466)
add_evaluation(
    1,
    "department",
    "xinjiang",
    T("部门（单位）整体支出绩效目标自评表", 466),
    T("焉耆回族自治县社会保险中心", 469),
    goal_expected=J(505, 527),
    goal_actual=J(529, 557),
)
# 资金来源 | 年初预算数 | 预算数（调整后） | 执行数 | 执行率(%); labels kept as printed.
for ordinal, (label, line) in enumerate(
    [
        ("中央安排", 487),
        ("自治区安排", 489),
        ("地（州、市）安排：", 491),
        ("县（市、区）安排：", 493),
        ("其他", 495),
        ("合计", 497),
    ],
    start=1,
):
    tokens = ln(line).split(" ")
    assert tokens[0] == label and len(tokens) == 5, (line, tokens)
    add_fund(
        1,
        ordinal,
        label,
        {
            "initial_budget_wan_yuan": (tokens[1], line),
            "full_year_budget_wan_yuan": (tokens[2], line),
            "executed_wan_yuan": (tokens[3], line),
            "execution_rate_pct": (tokens[4], line),
        },
    )
# 一级指标 二级指标 三级指标 预期指标值 指标设定依据 权重 实际完成指标值 得分 备注 (备注 empty)
L1, L2 = V(574, "履职效能", "数量指标")
w, a, s = V(584, "30", "=4 次", "30")
add_ind(1, L1, L2, J(576, 578), T("=4 次", 579), J(581, 583), weight=w, actual=a, score=s)
w, a, s = V(594, "30", ">=95%", "30")
add_ind(1, L1, L2, J(586, 588), T(">=95%", 589), J(591, 593), weight=w, actual=a, score=s)
L1, L2 = V(596, "履职效能", "质量指标")
w, a, s = V(605, "30", ">=95%", "30")
add_ind(1, L1, L2, J(597, 599), T(">=95%", 600), J(602, 604), weight=w, actual=a, score=s)


# ====================================================== project tables
def project(no, title_line, total_line, goal_expected, goal_actual):
    assert squeeze(ln(title_line)) == "项目支出绩效自评表", title_line
    assert ln(title_line + 1) == "(2023 年度)"
    name_line, dep_line = title_line + 3, title_line + 5
    name = ln(name_line)
    assert name.startswith("项目名称 ")
    m = re.fullmatch(r"主管部门 (\S+) 实施单位 (\S+)", ln(dep_line))
    assert m, ln(dep_line)
    # 总分 row: only the score is printed, "100.0" / "0 分" broken over two lines.
    assert ln(total_line) == "总分"
    score_text = ln(total_line + 1) + ln(total_line + 2) + ln(total_line + 3)
    m2 = re.fullmatch(r"(\d+\.\d+) ?分", score_text)
    assert m2, score_text
    add_evaluation(
        no,
        "project",
        "xinjiang_prior_year",
        ("项目支出绩效自评表", title_line),
        (name[len("项目名称 ") :], name_line),
        (m.group(1), dep_line),
        (m.group(2), dep_line),
        goal_expected,
        goal_actual,
        NONE,
        (m2.group(1).replace(" ", ""), total_line + 1),
    )
    # Funding: 年初预算数 全年预算数 全年执行数 分值 执行率 得分
    total = title_line + 17
    tokens = ln(total).split(" ")
    assert tokens[0] == "年度资金总额" and len(tokens) == 8 and tokens[7] == "分", tokens
    add_fund(no, 1, "年度资金总额", {c: (t, total) for c, t in zip(FUND_COLS, tokens[1:7], strict=True)})
    assert ln(total + 2) == "其中：当年财" and ln(total + 4) == "政拨款"
    tokens = ln(total + 5).split(" ")
    assert len(tokens) == 6 and tokens[3:] == ["-", "-", "-"], tokens
    add_fund(no, 2, "其中：当年财政拨款", {c: (t, total + 5) for c, t in zip(FUND_COLS, tokens, strict=True)})
    tokens = ln(total + 7).split(" ")
    assert tokens[0] == "其他资金" and len(tokens) == 7 and tokens[4:] == ["-", "-", "-"], tokens
    add_fund(no, 3, "其他资金", {c: (t, total + 7) for c, t in zip(FUND_COLS, tokens[1:], strict=True)})


RULE = "按照正常比例赋分"
SAT = "所有参与满意度调查人员都满意"


def rule(a, b, text=RULE):
    cell = J(a, b)
    assert cell[0] == text, cell
    return cell


# ------------------------------------------------------ 2: 2023 年同工同酬事业岗人员性支出 (611)
project(2, 611, 1014, J(645, 651), J(653, 663))
P, Q = J(747, 749), J(751, 753)
r, s = V(785, "100", "10.00")
add_ind(
    2, P, Q, J(755, 759), J(761, 763), J(765, 767), NONE, T("10", 768), rule(770, 776), J(778, 780), J(782, 784), r, s
)
r, s = V(817, "100", "10.00")
add_ind(
    2, P, Q, J(787, 791), J(793, 795), J(797, 799), NONE, T("10", 800), rule(802, 808), J(810, 812), J(814, 816), r, s
)
a, r, s = V(848, "=100%", "100", "10.00")
add_ind(
    2,
    P,
    J(819, 821),
    J(823, 829),
    T("=100%", 831),
    J(832, 834),
    NONE,
    T("10", 835),
    rule(837, 843),
    J(845, 847),
    a,
    r,
    s,
)
a, r, s = V(879, "=95%", "100", "10.00")
add_ind(
    2,
    P,
    J(850, 852),
    J(854, 860),
    T(">=95%", 862),
    J(863, 865),
    NONE,
    T("10", 866),
    rule(868, 874),
    J(876, 878),
    a,
    r,
    s,
)
a, r, s = V(920, "=100%", "100", "20.00")
add_ind(
    2,
    J(881, 883),
    J(885, 889),
    J(891, 895),
    J(897, 899),
    J(901, 905),
    NONE,
    T("20", 907),
    rule(909, 915),
    J(917, 919),
    a,
    r,
    s,
)
r, s = V(961, "100", "20.00")
add_ind(
    2,
    J(921, 923),
    J(925, 929),
    J(931, 935),
    J(937, 939),
    J(941, 943),
    NONE,
    T("20", 944),
    rule(946, 952, "按评判等级赋分"),
    J(954, 956),
    J(958, 960),
    r,
    s,
)
a, r, s = V(998, "=100%", "105", "10.00")
add_ind(
    2,
    J(963, 967),
    J(969, 973),
    J(975, 981),
    T(">=90%", 983),
    J(984, 986),
    NONE,
    T("10", 987),
    rule(989, 993, "满意度赋分"),
    J(995, 997),
    a,
    r,
    s,
    rule(1000, 1012, SAT),
)

# ------------------------------------------------------ 3: 县直（关闭）破产企业退休人员生活补贴资金 (1018)
project(3, 1018, 1433, J(1052, 1062), J(1064, 1072))
P, Q = J(1156, 1158), J(1160, 1162)
r, s = V(1194, "100", "10.00")
add_ind(
    3,
    P,
    Q,
    J(1164, 1168),
    J(1170, 1172),
    J(1174, 1176),
    NONE,
    T("10", 1177),
    rule(1179, 1185),
    J(1187, 1189),
    J(1191, 1193),
    r,
    s,
)
a, r, s = V(1222, "=2 次", "100", "10.00")
add_ind(
    3, P, Q, J(1196, 1200), J(1202, 1204), J(1206, 1208), NONE, T("10", 1209), rule(1211, 1217), J(1219, 1221), a, r, s
)
a, r, s = V(1253, "=98%", "100", "10.00")
add_ind(
    3,
    P,
    J(1224, 1226),
    J(1228, 1234),
    T(">=98%", 1236),
    J(1237, 1239),
    NONE,
    T("10", 1240),
    rule(1242, 1248),
    J(1250, 1252),
    a,
    r,
    s,
)
a, r, s = V(1284, "=98%", "100", "10.00")
add_ind(
    3,
    P,
    J(1255, 1257),
    J(1259, 1265),
    T(">=98%", 1267),
    J(1268, 1270),
    NONE,
    T("10", 1271),
    rule(1273, 1279),
    J(1281, 1283),
    a,
    r,
    s,
)
a, r, s = V(1325, "=100%", "100", "20.00")
add_ind(
    3,
    J(1286, 1288),
    J(1290, 1294),
    J(1296, 1300),
    J(1302, 1304),
    J(1306, 1310),
    NONE,
    T("20", 1312),
    rule(1314, 1320),
    J(1322, 1324),
    a,
    r,
    s,
)
# 效益: 三级指标 1336-1352, 指标值 有效提升 1354-1356, 赋分规则 按照正常比例赋分 (as printed).
r, s = V(1378, "100", "20.00")
add_ind(
    3,
    J(1326, 1328),
    J(1330, 1334),
    J(1336, 1352),
    J(1354, 1356),
    J(1358, 1360),
    NONE,
    T("20", 1361),
    rule(1363, 1369),
    J(1371, 1373),
    J(1375, 1377),
    r,
    s,
)
a, r, s = V(1417, "=100%", "105", "10.00")
add_ind(
    3,
    J(1380, 1384),
    J(1386, 1390),
    J(1392, 1400),
    T(">=96%", 1402),
    J(1403, 1405),
    NONE,
    T("10", 1406),
    rule(1408, 1412, "满意度赋分"),
    J(1414, 1416),
    a,
    r,
    s,
    rule(1419, 1431, SAT),
)

# ------------------------------------------------------ 4: 城乡居民社会养老保险金 (1437)
# Basis 历史标准; the cell after it (before the weight) is 上年完成值.
project(4, 1437, 1904, J(1471, 1479), J(1481, 1503))
P, Q = J(1587, 1589), J(1591, 1593)
r, s = V(1639, "100", "10.00")
# 上年完成值 is printed "9528" (line 1619, a line holding only the number) / "人" (line 1621).
PRIOR_9528 = J(1619, 1621)
add_ind(
    4,
    P,
    Q,
    J(1595, 1609),
    J(1611, 1613),
    J(1615, 1617),
    PRIOR_9528,
    T("10", 1622),
    rule(1624, 1630),
    J(1632, 1634),
    J(1636, 1638),
    r,
    s,
)
py, w = V(1663, "12 次", "10")
a, r, s = V(1676, "=6 次", "100", "10.00")
add_ind(4, P, Q, J(1640, 1654), J(1656, 1658), J(1660, 1662), py, w, rule(1665, 1671), J(1673, 1675), a, r, s)
py, w = V(1700, "95%", "10")
a, r, s = V(1713, "=95%", "100", "10.00")
add_ind(
    4, P, J(1678, 1680), J(1682, 1694), T(">=95%", 1696), J(1697, 1699), py, w, rule(1702, 1708), J(1710, 1712), a, r, s
)
py, w = V(1739, "95%", "10")
a, r, s = V(1752, "=95%", "100", "10.00")
add_ind(
    4, P, J(1715, 1717), J(1719, 1733), T(">=95%", 1735), J(1736, 1738), py, w, rule(1741, 1747), J(1749, 1751), a, r, s
)
# 成本: basis 预算支出标准, no 上年完成值 printed.
a, r, s = V(1793, "=100%", "100", "20.00")
add_ind(
    4,
    J(1754, 1756),
    J(1758, 1762),
    J(1764, 1768),
    J(1770, 1772),
    J(1774, 1778),
    NONE,
    T("20", 1780),
    rule(1782, 1788),
    J(1790, 1792),
    a,
    r,
    s,
)
# 效益: 指标值 有效提升 (1817), basis 历史标准 (1821), 上年完成值 有效提升 (1825), actual 有效提升 (1842).
r, s = V(1845, "100", "20.00")
add_ind(
    4,
    J(1795, 1797),
    J(1799, 1803),
    J(1805, 1815),
    J(1817, 1819),
    J(1821, 1823),
    J(1825, 1827),
    T("20", 1828),
    rule(1830, 1836, "按评判等级赋分"),
    J(1838, 1840),
    J(1842, 1844),
    r,
    s,
)
py, w = V(1875, "96%", "10")
a, r, s = V(1888, "=106%", "106", "10.00")
add_ind(
    4,
    J(1847, 1851),
    J(1853, 1857),
    J(1859, 1869),
    T(">=96%", 1871),
    J(1872, 1874),
    py,
    w,
    rule(1877, 1883),
    J(1885, 1887),
    a,
    r,
    s,
    rule(1890, 1902, SAT),
)

# ------------------------------------------------------ 5: 州直破产（关闭）企业退休人员生活补助资金 (1908)
project(5, 1908, 2358, J(1942, 1948), J(1950, 1958))
P, Q = J(2042, 2044), J(2046, 2048)
r, s = V(2088, "100", "10.00")
add_ind(
    5,
    P,
    Q,
    J(2050, 2062),
    J(2064, 2066),
    J(2068, 2070),
    NONE,
    T("10", 2071),
    rule(2073, 2079),
    J(2081, 2083),
    J(2085, 2087),
    r,
    s,
)
a, r, s = V(2124, "=2 次", "100", "10.00")
add_ind(
    5, P, Q, J(2090, 2102), J(2104, 2106), J(2108, 2110), NONE, T("10", 2111), rule(2113, 2119), J(2121, 2123), a, r, s
)
a, r, s = V(2163, "=100%", "100", "10.00")
add_ind(
    5,
    P,
    J(2126, 2128),
    J(2130, 2144),
    T("=100%", 2146),
    J(2147, 2149),
    NONE,
    T("10", 2150),
    rule(2152, 2158),
    J(2160, 2162),
    a,
    r,
    s,
)
# (page number 24 at line 2167 between rows)
a, r, s = V(2206, "=98%", "100", "10.00")
add_ind(
    5,
    P,
    J(2169, 2171),
    J(2173, 2187),
    T(">=98%", 2189),
    J(2190, 2192),
    NONE,
    T("10", 2193),
    rule(2195, 2201),
    J(2203, 2205),
    a,
    r,
    s,
)
a, r, s = V(2247, "=100%", "100", "20.00")
add_ind(
    5,
    J(2208, 2210),
    J(2212, 2216),
    J(2218, 2222),
    J(2224, 2226),
    J(2228, 2232),
    NONE,
    T("20", 2234),
    rule(2236, 2242),
    J(2244, 2246),
    a,
    r,
    s,
)
r, s = V(2297, "100", "20.00")
add_ind(
    5,
    J(2249, 2251),
    J(2253, 2257),
    J(2259, 2271),
    J(2273, 2275),
    J(2277, 2279),
    NONE,
    T("20", 2280),
    rule(2282, 2288, "按评判等级赋分"),
    J(2290, 2292),
    J(2294, 2296),
    r,
    s,
)
a, r, s = V(2342, "=100%", "105", "10.00")
add_ind(
    5,
    J(2299, 2303),
    J(2305, 2309),
    J(2311, 2325),
    T(">=96%", 2327),
    J(2328, 2330),
    NONE,
    T("10", 2331),
    rule(2333, 2337, "满意度赋分"),
    J(2339, 2341),
    a,
    r,
    s,
    rule(2344, 2356, SAT),
)


def write(name: str, header: list[str], rows: list[dict]) -> None:
    write_fragment(OUT_DIR, name, header, rows)


def main() -> None:
    write("performance_evaluations.csv", EVAL_HEADER, evaluations)
    write("performance_funds.csv", FUND_HEADER, funds)
    write("performance_indicators.csv", IND_HEADER, indicators)
    print(f"evaluations {len(evaluations)}, funds {len(funds)}, indicators {len(indicators)}")


if __name__ == "__main__":
    main()
