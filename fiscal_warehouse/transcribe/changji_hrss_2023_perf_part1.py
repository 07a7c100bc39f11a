"""Changji HRSS 2023 (documents/002_...): performance self-evaluation tables, part 1.

Department-level table (line 631, evaluation_no 1) and project tables at lines 899 ... 2660
(evaluation_no 2..12), stopping at line 2935. Hand transcription: every cell is given by
its line (or line range, joined without adding characters) below; the script only joins
lines and checks each literal against its cited line.

Run: python3 -m fiscal_warehouse.transcribe.changji_hrss_2023_perf_part1
Writes fragment CSV files into OUT_DIR; `python -m fiscal_warehouse.transcribe`
assembles them into seeds/:
"""

from __future__ import annotations

import re

from fiscal_warehouse.documents import FRAGMENTS_DIR, document_lines, squeeze
from fiscal_warehouse.transcribe.cells import NONE, printed_line, put, seed_header, write_fragment

REPORT_ID = "changji_hrss_2023"
OUT_DIR = FRAGMENTS_DIR / "changji_hrss_2023/part1"
LINES = document_lines(REPORT_ID)


def ln(n: int) -> str:
    return printed_line(LINES, n)


def J(a: int, b: int) -> tuple[str, int]:
    """A cell printed over lines a..b: non-blank lines joined (page-number lines left out)."""
    parts = [ln(i) for i in range(a, b + 1) if ln(i) and not ln(i).isdigit()]
    return "".join(parts), a


def T(text: str, line: int) -> tuple[str, int]:
    """A literal cell printed on one line (checked)."""
    assert squeeze(text) in squeeze(ln(line)), (text, line, ln(line))
    return text, line


def values(line: int, *cells: str) -> list[tuple[str, int]]:
    """Cells at the end of a line, in printed order; the line must end with exactly them."""
    expected = " ".join(cells)
    assert ln(line).endswith(expected), (line, ln(line), expected)
    return [(c, line) for c in cells]


# ---------------------------------------------------------------- evaluations
EVAL_HEADER = seed_header("performance_evaluations")
FUND_HEADER = seed_header("performance_funds")
IND_HEADER = seed_header("performance_indicators")

evaluations: list[dict] = []
funds: list[dict] = []
indicators: list[dict] = []


def add_evaluation(
    no, level, title, project_name, department, unit, goal_expected, goal_actual, total_weight=NONE, total_score=NONE
):
    row = {"report_id": REPORT_ID, "evaluation_no": str(no), "evaluation_level": level, "template": "xinjiang"}
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


def add_fund(no, ordinal, source, value_line, n_values=6):
    """Funding row: label `source`, then 年初预算数 全年预算数 全年执行数 分值 执行率 得分 on value_line."""
    tokens = ln(value_line).split(" ")[-n_values:]
    assert len(tokens) == 6, (value_line, tokens)
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
            tok = tok.rstrip("%")
            float(tok)
            put(row, col, (tok, value_line))
    funds.append(row)


_ordinal: dict[int, int] = {}


def add_ind(no, l1, l2, name, target, actual, weight, score, deviation=NONE, basis=NONE):
    _ordinal[no] = _ordinal.get(no, 0) + 1
    row = {"report_id": REPORT_ID, "evaluation_no": str(no), "ordinal": str(_ordinal[no]), "goal_no": ""}
    put(row, "level1_name", l1)
    put(row, "level2_name", l2)
    put(row, "indicator_name", name)
    put(row, "target_text", target)
    put(row, "basis", basis)
    put(row, "prior_year_text", NONE)
    put(row, "weight", weight)
    put(row, "scoring_rule", NONE)
    put(row, "evidence", NONE)
    put(row, "actual_text", actual)
    put(row, "completion_rate_pct", NONE)
    put(row, "score", score)
    put(row, "deviation_reason", deviation)
    put(row, "remark", NONE)
    indicators.append(row)


def std_funds(no, total_line, appropriation_value_line, other_line):
    """Project-table funding block: 年度资金总额 / 其中：当年财政拨款 / 其他资金."""
    assert ln(total_line).startswith("年度资金总额")
    assert ln(appropriation_value_line - 3) == "其中：当年财" and ln(appropriation_value_line - 1) == "政拨款"
    assert ln(other_line).startswith("其他资金")
    add_fund(no, 1, "年度资金总额", total_line)
    add_fund(no, 2, "其中：当年财政拨款", appropriation_value_line)
    add_fund(no, 3, "其他资金", other_line)


def project(no, title_line, name_line, goal_expected, goal_actual, total_line):
    assert squeeze(ln(title_line)) == "项目支出绩效自评表", title_line
    name = ln(name_line)
    assert name.startswith("项目名称 ")
    dep = ln(name_line + 2)
    m = re.fullmatch(r"主管部门 (\S+) 实施单位 (\S+)", dep)
    assert m, dep
    total = ln(total_line)
    m2 = re.fullmatch(r"总分 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) 分", total)
    assert m2, total
    add_evaluation(
        no,
        "project",
        ("项目支出绩效自评表", title_line),
        (name[len("项目名称 ") :], name_line),
        (m.group(1), name_line + 2),
        (m.group(2), name_line + 2),
        goal_expected,
        goal_actual,
        (m2.group(1), total_line),
        (m2.group(2), total_line),
    )


# ====================================================== 1: department table (631)
add_evaluation(
    1,
    "department",
    T("部门（单位）整体支出绩效目标自评表", 631),
    T("昌吉回族自治州人力资源和社会保障局", 634),
    NONE,
    NONE,
    J(672, 690),
    J(692, 749),
)
add_fund(1, 1, "中央安排", 648)
add_fund(1, 2, "自治区安排", 650)
assert ln(652) == "地（州、市）" and ln(654) == "安排"
add_fund(1, 3, "地（州、市）安排", 655)
assert ln(657) == "县（市、区）" and ln(659) == "安排"
add_fund(1, 4, "县（市、区）安排", 660)
add_fund(1, 5, "其他资金", 662)
add_fund(1, 6, "合计", 664)

L1 = T("履职效能", 762)
L2 = T("数量指标", 764)
w, a, s = values(774, "15", "2.24 万人次", "15")
add_ind(1, L1, L2, J(766, 768), T(">=2.20 万人次", 769), a, w, s, basis=J(771, 773))
w, a, s = values(786, "15", "14.31 万人次", "15")
add_ind(1, L1, L2, J(776, 780), T(">=13.60 万人次", 782), a, w, s, basis=J(783, 785))
w, a, s = values(810, "10", "11.79 万人次", "10")
add_ind(1, L1, L2, J(788, 792), T(">=8.70 万人次", 794), a, w, s, basis=J(796, 808))
w, a, s = values(834, "15", "1 次", "15")
add_ind(1, L1, L2, J(812, 820), T(">=1 次", 822), a, w, s, basis=J(824, 832))
L2 = T("时限指标", 836)
w, a, s = values(848, "10", "60 日", "10")
add_ind(1, L1, L2, J(838, 842), T("<=60 日", 844), a, w, s, basis=J(845, 847))
w, a, s = values(864, "10", "45 日", "10")
add_ind(1, L1, L2, J(850, 854), T("<=45 日", 856), a, w, s, basis=J(858, 862))
assert ln(866) == "履职效能 质量指标"
L1, L2 = T("履职效能", 866), T("质量指标", 866)
w, a, s = values(898, "15", "100%", "15")
add_ind(1, L1, L2, J(868, 876), T(">=97%", 878), a, w, s, basis=J(880, 896))


def row4(line, target, actual, weight, score):
    """Indicator value cells printed together on one line: 年度指标值 实际完成值 分值 得分."""
    return values(line, target, actual, weight, score)


def ind(no, l1, l2, name, line, target, actual, weight, score, deviation=NONE):
    t, a, w, s = row4(line, target, actual, weight, score)
    add_ind(no, l1, l2, name, t, a, w, s, deviation)


# ====================================================== 2: 2021 年度博士后资助经费 (899)
project(2, 899, 902, J(929, 933), J(935, 943), 1038)
std_funds(2, 912, 917, 919)
P, Q = J(968, 970), T("数量指标", 972)
ind(2, P, Q, J(974, 976), 977, "=28 人", "=28 人", "10", "10.00")
ind(2, P, Q, J(979, 985), 987, ">=14 篇", "=31 篇", "10", "10.00")
ind(2, P, T("质量指标", 989), J(991, 995), 997, "=100%", "=100%", "10", "10.00")
ind(2, P, T("时效指标", 999), J(1000, 1002), 1003, "=100%", "=100%", "10", "10.00")
P, Q = J(1005, 1007), T("经济成本指标", 1008)
ind(2, P, Q, J(1010, 1012), 1013, "<=560 万元", "=560 万元", "10", "10.00")
ind(2, P, Q, J(1015, 1017), 1018, "<=100%", "=100%", "10", "10.00")
ind(2, J(1020, 1022), T("社会效益指标", 1023), J(1025, 1029), 1031, "长期", "长期", "20", "20.00")
ind(2, J(1033, 1035), T("满意度指标", 1036), T("单位满意度", 1036), 1036, ">=90%", "=94%", "10", "10.00")

# ====================================================== 3: “为民办实事”工作经费（区级） (1039)
project(3, 1039, 1042, J(1069, 1071), J(1073, 1079), 1196)
std_funds(3, 1052, 1057, 1059)
P, Q = J(1104, 1106), T("数量指标", 1108)
ind(3, P, Q, J(1110, 1114), 1116, ">=80 户", "=84 户", "10", "10.00")
ind(3, P, Q, J(1118, 1120), 1121, ">=1 件", "=3 件", "10", "10.00")
ind(3, P, Q, J(1123, 1129), 1131, ">=8 次", "=8 次", "10", "10.00")
ind(3, P, T("质量指标", 1133), J(1134, 1136), 1137, "=100%", "=100%", "10", "10.00")
P, Q = J(1139, 1141), T("经济成本指标", 1142)
w, s = values(1152, "10", "9.99")
add_ind(3, P, Q, J(1144, 1146), T("<=20 万元", 1147), J(1149, 1151), w, s, J(1154, 1162))
ind(3, P, Q, J(1164, 1166), 1167, "<=100%", "=99.97%", "10", "10.00")
ind(3, J(1169, 1171), T("社会效益指标", 1172), J(1174, 1180), 1182, "提高", "提高", "20", "20.00")
ind(3, J(1183, 1185), T("满意度指标", 1186), J(1188, 1192), 1194, ">=90%", "=95%", "10", "10.00")

# ====================================================== 4: “为民办实事”工作经费（州级） (1197)
project(4, 1197, 1200, J(1227, 1239), J(1241, 1251), 1339)
std_funds(4, 1210, 1215, 1217)
P, Q = J(1276, 1278), T("数量指标", 1280)
ind(4, P, Q, J(1282, 1284), 1285, ">=2 件", "=3 件", "20", "20.00")
ind(4, P, Q, J(1287, 1291), 1293, ">=30 户", "=109 户", "10", "10.00")
ind(4, P, T("质量指标", 1295), J(1296, 1298), 1299, "=100%", "=100%", "10", "10.00")
P, Q = J(1301, 1303), T("经济成本指标", 1304)
ind(4, P, Q, J(1306, 1308), 1309, "<=4 万元", "=4 万元", "10", "10.00")
ind(4, P, Q, J(1311, 1313), 1314, "<=2 万元", "=2 万元", "10", "10.00")
ind(4, J(1316, 1318), T("社会效益指标", 1319), J(1321, 1325), 1327, "提升", "提升", "20", "20.00")
ind(4, J(1329, 1331), T("满意度指标", 1332), J(1334, 1336), 1337, ">=90%", "=95%", "10", "10.00")

# ====================================================== 5: 事业单位新聘人员岗前公共科目培训工作经费 (1340)
project(5, 1340, 1343, J(1370, 1382), J(1384, 1396), 1523)
std_funds(5, 1353, 1358, 1360)
P, Q = J(1421, 1423), T("数量指标", 1425)
ind(5, P, Q, J(1427, 1431), 1433, ">=1 次", "=1 次", "10", "10.00")
ind(5, P, Q, T("参训人数", 1435), 1435, ">=600 人", "=685 人", "10", "10.00")
ind(5, P, Q, T("培训课时", 1437), 1437, "=40 课时", "=40 课时", "5", "5.00")
ind(5, P, Q, T("培训天数", 1439), 1439, "=5 天", "=5 天", "5", "5.00")
ind(5, P, T("质量指标", 1441), J(1442, 1444), 1445, "=100%", "=100%", "5", "5.00")
ind(5, P, T("时效指标", 1447), J(1449, 1453), 1455, "=100%", "=100%", "5", "5.00")
P, Q = J(1456, 1458), T("经济成本指标", 1459)
ind(5, P, Q, J(1461, 1463), 1464, "<=72.80 万元", "=66.5 万元", "10", "10.00", J(1466, 1484))
ind(5, P, Q, J(1486, 1490), 1492, "<=100%", "=91.35%", "10", "10.00")
ind(5, J(1494, 1496), T("社会效益指标", 1497), J(1499, 1509), 1511, "保障", "保障", "20", "20.00")
ind(5, J(1513, 1515), T("满意度指标", 1516), J(1518, 1520), 1521, ">=90%", "=95%", "10", "10.00")

# ====================================================== 6: 人社局劳动保障大厦维修经费 (1524)
project(6, 1524, 1527, J(1554, 1566), J(1568, 1576), 1720)
std_funds(6, 1537, 1542, 1544)
P, Q = J(1601, 1603), T("数量指标", 1605)
ind(6, P, Q, J(1607, 1609), 1610, ">=3 层", "=3 层", "10", "10.00")
ind(6, P, Q, J(1612, 1614), 1615, ">=40 间", "=66 间", "10", "3.50", J(1617, 1639))
ind(6, P, T("质量指标", 1641), J(1642, 1644), 1645, ">=95%", "=100%", "10", "10.00")
ind(6, P, T("时效指标", 1647), J(1648, 1650), 1651, ">=95%", "=100%", "10", "10.00")
P, Q = J(1652, 1654), T("经济成本指标", 1655)
w, s = values(1665, "10", "0.00")
add_ind(6, P, Q, T("维修成本", 1657), J(1658, 1660), J(1662, 1664), w, s, J(1667, 1679))
ind(6, P, Q, J(1681, 1683), 1684, "<=100%", "=42.06%", "10", "0.00", J(1686, 1698))
ind(6, J(1700, 1702), T("社会效益指标", 1703), J(1705, 1707), 1708, "保障", "保障", "20", "20.00")
ind(6, J(1710, 1712), T("满意度指标", 1713), J(1715, 1717), 1718, ">=95%", "=100%", "10", "10.00")

# ====================================================== 7: 农村劳动力外出务工工作经费 (1721)
project(7, 1721, 1724, J(1751, 1759), J(1761, 1777), 1917)
std_funds(7, 1734, 1739, 1741)
P, Q = J(1802, 1804), T("数量指标", 1806)
w, s = values(1820, "20", "18.00")
add_ind(7, P, Q, J(1808, 1814), T(">=13 万人次", 1816), J(1817, 1819), w, s)
ind(7, P, Q, J(1822, 1828), 1830, ">=1 次", "=1 次", "5", "5.00")
ind(7, P, Q, J(1832, 1838), 1840, ">=2 次", "=2 次", "5", "5.00")
ind(7, P, T("质量指标", 1842), J(1843, 1845), 1846, ">=90%", "=100%", "10", "10.00")
P, Q = J(1848, 1850), T("经济成本指标", 1851)
ind(7, P, Q, J(1853, 1859), 1861, "<=9 万元", "=9 万元", "10", "10.00")
ind(7, P, Q, J(1862, 1868), 1870, "<=3 万元", "=2.24 万元", "5", "5.00", J(1872, 1882))
ind(7, P, Q, J(1884, 1890), 1892, "<=3 万元", "=3 万元", "5", "5.00")
ind(7, J(1894, 1896), T("社会效益指标", 1897), J(1899, 1903), 1905, "增加", "增加", "20", "20.00")
ind(7, J(1907, 1909), T("满意度指标", 1910), J(1912, 1914), 1915, ">=85%", "=95%", "10", "10.00")

# ====================================================== 8: 劳动人事争议调解仲裁工作经费 (1918)
project(8, 1918, 1921, J(1948, 1960), J(1962, 1974), 2139)
std_funds(8, 1931, 1936, 1938)
P = J(1999, 2001)
ind(8, P, T("数量指标", 2003), J(2004, 2006), 2007, ">=200 件", "=234 件", "10", "10.00")
Q = T("质量指标", 2009)
ind(8, P, Q, T("当期结案率", 2011), 2011, ">=93%", "=97.86%", "10", "10.00")
ind(8, P, Q, T("案件调解率", 2013), 2013, ">=60%", "=52.4%", "8", "6.40", J(2015, 2049))
Q = T("时效指标", 2050)
ind(8, P, Q, J(2052, 2056), 2058, "<=60 日", "=60 日", "6", "6.00")
ind(8, P, Q, J(2060, 2064), 2066, "<=45 日", "=40 日", "6", "6.00")
P, Q = J(2068, 2070), T("经济成本指标", 2071)
ind(8, P, Q, J(2073, 2075), 2076, "<=5 万元", "=4.39 万元", "10", "10.00", J(2078, 2088))
ind(8, P, Q, J(2090, 2092), 2093, "<=0.80 万元", "=0.784 万元", "5", "5.00")
ind(8, P, Q, J(2095, 2097), 2098, "<=4.20 万元", "=4.83 万元", "5", "4.25", J(2100, 2122))
ind(8, J(2124, 2126), T("社会效益指标", 2127), J(2129, 2131), 2132, "提升", "提升", "20", "20.00")
ind(8, J(2134, 2136), T("满意度指标", 2137), T("办案满意率", 2137), 2137, ">=90%", "=100%", "10", "10.00")

# ====================================================== 9: 劳动保障监察工作经费 (2145)
project(9, 2145, 2148, J(2175, 2207), J(2209, 2239), 2327)
std_funds(9, 2158, 2163, 2165)
P, Q = J(2264, 2266), T("数量指标", 2268)
ind(9, P, Q, J(2270, 2272), 2273, ">=4 次", "=4 次", "10", "10.00")
ind(9, P, Q, J(2275, 2277), 2278, ">=2 次", "=4 次", "10", "10.00")
Q = T("质量指标", 2280)
ind(9, P, Q, T("案件办结率", 2282), 2282, ">=96%", "=100%", "5", "5.00")
ind(9, P, Q, T("审限结案率", 2284), 2284, "=100%", "=100%", "5", "5.00")
ind(9, P, T("时效指标", 2286), J(2287, 2289), 2290, "=75 日", "=75 日", "10", "10.00")
P, Q = J(2291, 2293), T("经济成本指标", 2294)
ind(9, P, Q, T("宣传培训费", 2296), 2296, "<=3.30 万元", "=3.3 万元", "5", "5.00")
ind(9, P, Q, T("聘用监察员", 2298), 2298, "<=2.80 万元", "=2.8 万元", "5", "5.00")
ind(9, P, Q, T("差旅费", 2300), 2300, "<=5 万元", "=5 万元", "5", "5.00")
ind(9, P, Q, J(2302, 2304), 2305, "<=0.30 万元", "=0.3 万元", "3", "3.00")
ind(9, P, Q, J(2307, 2309), 2310, "<=0.60 万元", "=0.6 万元", "2", "2.00")
ind(9, J(2312, 2314), T("社会效益指标", 2315), J(2317, 2319), 2320, "降低", "降低", "20", "20.00")
ind(9, J(2322, 2324), T("满意度指标", 2325), T("办案满意率", 2325), 2325, ">=96%", "=96%", "10", "10.00")

# ====================================================== 10: 劳动能力鉴定工作经费 (2328)
project(10, 2328, 2331, J(2358, 2368), J(2370, 2376), 2476)
std_funds(10, 2341, 2346, 2348)
P, Q = J(2401, 2403), T("数量指标", 2405)
ind(10, P, Q, J(2407, 2411), 2413, ">=9 次", "=11 次", "10", "10.00")
ind(10, P, Q, J(2415, 2417), 2418, ">=3 次", "=4 次", "10", "10.00")
ind(10, P, Q, J(2420, 2424), 2426, ">=1000 件", "=2009 年", "10", "10.00")
ind(10, P, T("质量指标", 2428), J(2430, 2434), 2436, ">=90%", "=100%", "10", "10.00")
P, Q = J(2438, 2440), T("经济成本指标", 2441)
ind(10, P, Q, J(2443, 2445), 2446, "<=8 万元", "=8 万元", "10", "10.00")
ind(10, P, Q, J(2448, 2450), 2451, "<=100%", "=100%", "10", "10.00")
ind(10, J(2453, 2455), T("社会效益指标", 2456), J(2458, 2462), 2464, "保障", "保障", "20", "20.00")
ind(10, J(2466, 2468), T("满意度指标", 2469), J(2471, 2473), 2474, ">=90%", "=95%", "10", "10.00")

# ====================================================== 11: 四级联动的视频会议系统使用及日常网络维护费 (2477)
project(11, 2477, 2480, J(2507, 2513), J(2515, 2551), 2659)
std_funds(11, 2490, 2495, 2497)
P, Q = J(2576, 2578), T("数量指标", 2580)
ind(11, P, Q, J(2582, 2584), 2585, ">=50 次", "=50 次", "10", "10.00")
ind(11, P, Q, J(2587, 2589), 2590, ">=20 次", "=20 次", "10", "10.00")
Q = T("质量指标", 2592)
ind(11, P, Q, J(2594, 2596), 2597, ">=90%", "=100%", "10", "10.00")
ind(11, P, Q, J(2599, 2601), 2602, "=100%", "=100%", "10", "10.00")
ind(11, P, T("时效指标", 2603), J(2604, 2606), 2607, "<=2 小时", "=2 小时", "10", "10.00")
P, Q = J(2609, 2611), T("经济成本指标", 2612)
ind(11, P, Q, J(2614, 2616), 2617, "<=6.48 万元", "=6.48 万元", "4", "4.00")
ind(11, P, Q, J(2619, 2621), 2622, "<=7.20 万元", "=7.2 万元", "4", "4.00")
ind(11, P, Q, J(2624, 2626), 2627, "<=3960 元", "=3960 元", "4", "4.00")
ind(11, P, Q, J(2629, 2631), 2632, "<=1.08 万元", "=1.08 万元", "4", "4.00")
ind(11, P, Q, J(2634, 2636), 2637, "<=48440 元", "=48440 元", "4", "4.00")
ind(11, J(2639, 2641), T("社会效益指标", 2642), J(2644, 2646), 2647, "提高", "提高", "10", "10.00")
ind(11, J(2649, 2651), T("满意度指标", 2652), J(2654, 2656), 2657, ">=90%", "=100%", "10", "10.00")

# ====================================================== 12: 宣传资料印制 (2660)
project(12, 2660, 2663, J(2690, 2700), J(2702, 2714), 2930)
std_funds(12, 2673, 2678, 2680)
P, Q = J(2739, 2741), T("数量指标", 2742)
ind(12, P, Q, J(2744, 2746), 2747, ">=10000 份", "=500 份", "10", "0.00", J(2749, 2806))
ind(12, P, Q, J(2808, 2810), 2811, ">=10 人次", "=10 人次", "10", "10.00")
ind(12, P, Q, J(2813, 2815), 2816, ">=2 次", "=2 次", "10", "10.00")
ind(12, P, T("质量指标", 2818), J(2819, 2821), 2822, ">=95%", "=100%", "10", "10.00")
P, Q = J(2824, 2826), T("经济成本指标", 2827)
ind(12, P, Q, J(2829, 2833), 2835, "<=10 万元", "=9.31 万元", "10", "8.27", J(2837, 2894))
ind(12, P, Q, J(2896, 2900), 2902, "<=100%", "=93.1%", "10", "10.00")
ind(12, J(2904, 2906), T("社会效益指标", 2907), J(2909, 2913), 2915, "提高", "提高", "20", "20.00")
ind(12, J(2917, 2919), T("满意度指标", 2920), J(2922, 2926), 2928, ">=95%", "=98%", "10", "10.00")


def write(name: str, header: list[str], rows: list[dict]) -> None:
    write_fragment(OUT_DIR, name, header, rows)


def main() -> None:
    write("performance_evaluations.csv", EVAL_HEADER, evaluations)
    write("performance_funds.csv", FUND_HEADER, funds)
    write("performance_indicators.csv", IND_HEADER, indicators)
    print(f"evaluations {len(evaluations)}, funds {len(funds)}, indicators {len(indicators)}")


if __name__ == "__main__":
    main()
