"""Tongcheng HRSS 2023 (documents/003_...): performance self-evaluation tables, part 1.

Department-level table 2023 年度县人社部门整体绩效自评表 (line 984, evaluation_no 1) and the
first 12 project tables of 三、2023 年度通城县人社局项目绩效评价自评表 (lines 2105 ... 3533,
evaluation_no 2..13), stopping before the table at line 3654. Hubei template.
Each table ends with two table-level cells after 总分, transcribed as printed ("无" included):
偏差大或目标未完成原因分析 -> deviation_analysis, 改进措施及结果应用方案 -> improvement_plan.

Hand transcription: every cell is given below with its line (or the line range it is
printed over, joined without adding characters); the script only joins lines and checks
each literal against its cited line (exact text, spaces included).

Run: python3 -m fiscal_warehouse.transcribe.tongcheng_hrss_2023_perf_part1
Writes fragment CSV files into OUT_DIR; `python -m fiscal_warehouse.transcribe`
assembles them into seeds/:
goals,summary}.csv
"""

from __future__ import annotations

import csv
import re

from fiscal_warehouse.documents import FRAGMENTS_DIR, document_lines
from fiscal_warehouse.transcribe.cells import NONE, printed_line, seed_header

REPORT_ID = "tongcheng_hrss_2023"
OUT_DIR = FRAGMENTS_DIR / "tongcheng_hrss_2023/part1"
LINES = document_lines(REPORT_ID)


def ln(n: int) -> str:
    return printed_line(LINES, n)


def J(a: int, b: int) -> tuple[str, int]:
    """A cell printed alone over lines a..b: non-blank lines joined (page-number lines left out)."""
    parts = [ln(i) for i in range(a, b + 1) if ln(i) and not ln(i).isdigit()]
    return "".join(parts), a


def T(text: str, line: int) -> tuple[str, int]:
    """A literal cell printed on one line (checked exactly, spaces included)."""
    assert text in ln(line), (text, line, ln(line))
    return text, line


def TJ(text: str, a: int, b: int) -> tuple[str, int]:
    """A literal cell starting on line a, broken up to line b (checked against the joined lines)."""
    joined = "".join(ln(i) for i in range(a, b + 1) if ln(i) and not ln(i).isdigit())
    assert text in joined and squeeze_start(text, ln(a)), (text, a, b, joined)
    return text, a


def squeeze_start(text: str, first: str) -> bool:
    """The text starts inside the first line (some tail of the line is a prefix of the text)."""
    return any(text.startswith(first[k:]) or first[k:].startswith(text) for k in range(len(first)) if first[k:])


def vals(line: int, *cells: str) -> list[tuple[str, int]]:
    """Cells at the end of a line, in printed order; the line must end with exactly them."""
    expected = " ".join(cells)
    assert ln(line).endswith(expected), (line, ln(line), expected)
    return [(c, line) for c in cells]


def header(name: str) -> list[str]:
    return seed_header(name)


# ---------------------------------------------------------------- closing cells
def closing(label: int, dev: tuple[int, int], imp: tuple[int, int]) -> dict:
    """The two table-level cells printed after 总分: 偏差大或目标未完成原因分析 (label starting at
    line `label`, text over lines dev) and 改进措施及结果应用方案 (text over lines imp).

    Checks: 总分 is the previous printed line, the labels fill exactly the lines between the
    texts, and the next printed line after the second text starts the next table or section.
    """
    previous = [ln(i) for i in range(label - 3, label) if ln(i)]
    assert previous and previous[-1].startswith("总分 "), (label, previous)
    assert J(label, dev[0] - 1)[0] == "偏差大或目标未完成原因分析", (label, dev)
    assert J(dev[1] + 1, imp[0] - 1)[0] == "改进措施及结果应用方案", (dev, imp)
    for a, b in (dev, imp):
        assert ln(a) and not any(ln(i).isdigit() for i in range(a, b + 1)), (a, b)
    following = next(ln(i) for i in range(imp[1] + 1, len(LINES) + 1) if ln(i))
    assert re.match(r"(2023 年度|[二四]、)", following), (imp, following)
    return dict(closing_label=label, deviation_analysis=J(*dev), improvement_plan=J(*imp))


# ---------------------------------------------------------------- level names
def L1(line: int, last: int) -> tuple[str, int]:
    """一级指标 printed over lines line..last (产出/指标, 效益/指标, 满意/度指/标)."""
    text, start = J(line, last)
    assert text in {"产出指标", "效益指标", "满意度指标"}, (text, line)
    return text, start


def L2(line: int, last: int | None = None) -> tuple[str, int]:
    """二级指标: on one line (first word) or over lines line..last."""
    if last is None:
        text = ln(line).split(" ")[0]
        return text, line
    return J(line, last)


# ---------------------------------------------------------------- indicator rows
def row_line(line: int, l2: tuple[str, int], name: str, target: str, actual: str, score: str):
    """A whole indicator row on one line: [二级] 三级 目标 实际 得分."""
    target_c, actual_c, score_c = vals(line, target, actual, score)
    return l2, T(name, line), target_c, actual_c, score_c


# Each table: list of (level1, level2, name, target, actual, score), each a (text, line) pair.

# ======================================================== evaluation 1: department table
DEPT_GOALS = [
    # goal_no, text (line range), weight "(N 分)"
    (1, J(1021, 1023), T("10", 1019)),
    (2, J(1085, 1087), T("10", 1083)),
    (3, J(1149, 1151), T("15", 1147)),
    (4, J(1245, 1245), T("15", 1244)),
    (5, J(1316, 1318), T("10", 1314)),
    (6, J(1384, 1386), T("10", 1382)),
    (7, J(1471, 1477), T("10", 1469)),
]

DEPT_ROWS: list[tuple[int, tuple]] = []


def dept(goal: int, l1, rest):
    DEPT_ROWS.append((goal, (l1,) + tuple(rest)))


# goal 1
P, E, S = L1(1045, 1047), L1(1055, 1057), L1(1073, 1077)
dept(1, P, row_line(1049, L2(1049), "事业单位工作人员录取人数", "118 人", "118 人", "2"))
dept(1, P, row_line(1051, L2(1051), "事业单位招聘工作完成时效", "12 月底前", "12 月底前", "2"))
dept(1, P, row_line(1053, L2(1053), "事业单位工作人员招聘率", "100%", "100%", "2"))
dept(1, E, (L2(1059, 1061), J(1063, 1065), *vals(1066, "明显提高", "明显提高", "1")))
dept(1, E, row_line(1071, L2(1068, 1070), "促进人才监督管理，统筹配置", "长期", "长期", "1"))
dept(1, S, row_line(1079, L2(1079), "服务对象满意度", "≥90%", "≥96%", "2"))
# goal 2
P, E, S = L1(1109, 1111), L1(1123, 1125), L1(1137, 1141)
dept(2, P, (L2(1113), T("城乡居民参保缴费人数", 1113), TJ("25.29 万人", 1114, 1116), *vals(1117, "25.29 万人", "2")))
dept(2, P, row_line(1119, L2(1119), "到龄人员享受待遇人数", "7.34 万人", "7.34 万人", "2"))
dept(2, P, row_line(1121, L2(1121), "养老保险补贴发放完成率", "100%", "100%", "2"))
dept(2, E, row_line(1130, L2(1127, 1129), "维护参保人员合法权益", "明显提高", "明显提高", "1"))
dept(2, E, row_line(1135, L2(1132, 1134), "提高城乡居民社会保障", "长期", "长期", "1"))
dept(2, S, row_line(1143, L2(1143), "社保服务对象满意度", "满意", "满意", "2"))
# goal 3
P, E, S = L1(1172, 1174), L1(1200, 1202), L1(1234, 1238)
dept(3, P, row_line(1176, L2(1176), "农民工工资清欠案例", "250 例", "317 例", "1.5"))
dept(3, P, row_line(1178, L2(1178), "解决农民工拖欠工资人数", "1973 人", "1973 人", "1.5"))
dept(3, P, row_line(1180, L2(1180), "群体性事件时间处置率", "100%", "100%", "1.5"))
dept(3, P, row_line(1182, L2(1182), "及时纠正、查处劳动保障违法行为", "100%", "100%", "1.5"))
dept(3, P, (L2(1184), J(1185, 1187), *vals(1188, "≥90%", "≥96%", "1.5")))
dept(
    3,
    P,
    (
        L2(1190),
        T("农民工工资清欠涉及金额", 1190),
        TJ("2547.2077万元", 1191, 1193),
        TJ("2547.2077万元", 1195, 1197),
        T("1.5", 1198),
    ),
)
dept(3, E, (L2(1204, 1206), J(1208, 1212), *vals(1214, "明显提高", "明显提高", "1.5")))
dept(3, E, (L2(1216, 1218), J(1220, 1222), *vals(1223, "长期", "长期", "1.5")))
dept(3, E, (L2(1225, 1227), J(1229, 1231), *vals(1232, "长期", "长期", "1.5")))
dept(3, S, row_line(1240, L2(1240), "农民工满意度", "≥98%", "≥98%", "1.5"))
# goal 4
P, E, S = L1(1267, 1269), L1(1283, 1285), L1(1304, 1308)
dept(4, P, row_line(1271, L2(1271), "工伤病残等级鉴定例数", "100 人", "126 人", "2"))
dept(4, P, row_line(1273, L2(1273), "受理劳动仲裁办案案例数", "100 例", "201 例", "2"))
dept(4, P, row_line(1275, L2(1275), "为用人单位鉴证劳动合同份数", "500 份", "4824 份", "2"))
dept(4, P, row_line(1277, L2(1277), "工伤认定准确率", "100%", "100%", "2"))
dept(4, P, row_line(1279, L2(1279), "劳动仲裁案件结案率", "100%", "100%", "2"))
dept(4, P, row_line(1281, L2(1281), "劳动合同审查鉴定通过率", "100%", "100%", "2"))
dept(4, E, (L2(1287, 1289), J(1291, 1293), *vals(1294, "明显提高", "明显提高", "1")))
dept(4, E, (L2(1296, 1298), J(1300, 1302), *vals(1303, "长期", "长期", "1")))
dept(4, S, row_line(1310, L2(1310), "服务对象满意度", "≥90%", "≥96%", "1"))
# goal 5
P, E, S = L1(1340, 1342), L1(1350, 1352), L1(1372, 1376)
dept(5, P, row_line(1344, L2(1344), "累计保存人事关系及档案份数", "15000 份", "20611 份", "2"))
dept(5, P, row_line(1346, L2(1346), "归档及时率", "100%", "100%", "2"))
dept(5, P, row_line(1348, L2(1348), "工作完成合格率", "100%", "100%", "2"))
dept(5, E, (L2(1354, 1356), J(1358, 1360), *vals(1361, "显著提高", "显著提高", "1")))
dept(5, E, (L2(1363, 1365), J(1367, 1369), *vals(1370, "长期", "长期", "1")))
dept(5, S, row_line(1378, L2(1378), "服务对象满意度", "满意", "满意", "2"))
# goal 6
P, E, S = L1(1408, 1410), L1(1428, 1430), L1(1460, 1464)
dept(6, P, (L2(1412), J(1413, 1415), *vals(1416, "57 人", "57 人", "1.5")))
dept(6, P, (L2(1418), J(1419, 1421), *vals(1422, "21 人", "21 人", "1.5")))
dept(6, P, row_line(1424, L2(1424), "招募工作完成合格率", "100%", "100%", "1.5"))
dept(6, P, row_line(1426, L2(1426), "面试工作组开展及时率", "100%", "100%", "1.5"))
dept(6, E, (L2(1432, 1434), J(1436, 1442), *vals(1444, "提高", "提高", "1")))
dept(6, E, (L2(1446, 1448), J(1450, 1456), *vals(1458, "长期", "长期", "1")))
dept(6, S, row_line(1466, L2(1466), "三支一扶人员满意度", "满意", "满意", "2"))
# goal 7
P, E, S = L1(1499, 1501), L1(1541, 1543), L1(1573, 1577)
dept(7, P, row_line(1503, L2(1503), "弥补工伤保险基金缺口", "730 万", "730 万", "1"))
dept(7, P, row_line(1505, L2(1505), "弥补社会养老保险基金缺口", "300 万", "300 万", "1"))
dept(7, P, (L2(1507), J(1508, 1510), *vals(1511, "16800 万", "16800 万", "1")))
dept(7, P, (L2(1513), J(1514, 1516), *vals(1517, "592.62 万", "592.62 万", "1")))
dept(7, P, (L2(1519), J(1520, 1522), *vals(1523, "481.8 万", "481.8 万", "1")))
dept(7, P, (L2(1525), J(1526, 1528), TJ("1785.88万", 1530, 1532), *vals(1533, "1785.88 万", "1")))
dept(7, P, (L2(1535), J(1536, 1538), *vals(1539, "10 万", "10 万", "1")))
dept(7, E, (L2(1545, 1547), J(1549, 1555), *vals(1557, "长期", "长期", "1")))
dept(7, E, (L2(1559, 1561), J(1563, 1569), *vals(1571, "长期", "长期", "1")))
dept(7, S, row_line(1579, L2(1579), "参保人员满意度", "满意", "满意", "1"))

DEPT = dict(
    no=1,
    level="department",
    title=T("2023 年度县人社部门整体绩效自评表", 984),
    project_name=T("通城县人力资源和社会保障局", 986),
    department_name=NONE,
    implementing_unit=NONE,
    fill_date=TJ("2024 年 2 月 26日", 987, 989),
    ticks=("", "", ""),
    total_score=vals(1581, "100")[0],
    funds=[(J(1012, 1014)[0], *vals(1015, "21468.3", "21468.3", "100.00", "20"), T("20", 1011))],
    **closing(1583, (1589, 1589), (1597, 1597)),
)

# ======================================================== project tables
# (title, project name, department, unit, fill date line, fund label lines, fund values line,
#  weight line, total line, indicator rows)
PROJECTS = []


def project(no, title, name, dept_line, unit, date_line, fund_label, fund_line, weight_line, total_line, rows):
    assert ln(dept_line).startswith("主管部门 人力资源和社会保障局 项目实施单位"), dept_line
    PROJECTS.append(
        dict(
            no=no,
            level="project",
            title=title,
            project_name=name,
            department_name=T("人力资源和社会保障局", dept_line),
            implementing_unit=unit,
            fill_date=T("2024 年 2 月 26 日", date_line),
            ticks=("一般公共预算", "持续性项目", "常年性项目"),
            total_score=vals(total_line, "100")[0],
            funds=[(fund_label[0], *[(c, fund_line) for c in ln(fund_line).split(" ")], T("20", weight_line))],
            rows=rows,
        )
    )


def R(l1, l2, name, *rest):
    return (l1, l2, name, *rest)


# ---- 2: 工伤病残等级鉴定费 (2105)
P, E, S = L1(2168, 2170), L1(2190, 2192), L1(2207, 2211)
project(
    2,
    T("2023 年度工伤病残等级鉴定费项目自评表", 2105),
    T("工伤病残等级鉴定费", 2108),
    2110,
    J(2111, 2113),
    2107,
    J(2139, 2141),
    2142,
    2138,
    2218,
    [
        (P, *row_line(2172, L2(2172), "受理工伤病残等级鉴定例数", "100 例", "126 例", "5")),
        (P, *row_line(2174, L2(2174), "受理工伤病残等级鉴定结案例数", "100 例", "126 例", "5")),
        (P, L2(2176), J(2177, 2179), *vals(2180, "≤60 日", "≤60 日", "10")),
        (P, *row_line(2182, L2(2182), "工伤病残认定完成率", "100%", "100%", "4")),
        (P, *row_line(2184, L2(2184), "受理鉴定工作完成率", "100%", "100%", "3")),
        (P, *row_line(2186, L2(2186), "工伤认定准确率", "100%", "100%", "3")),
        (P, *row_line(2188, L2(2188), "项目成本控制", "≤5 万元", "5万元", "10")),
        (E, *row_line(2197, L2(2194, 2196), "工伤病残等级认定、调解效益度", "明显提高", "明显提高", "10")),
        (E, L2(2199, 2201), J(2203, 2205), *vals(2206, "长期", "长期", "10")),
        (S, *row_line(2216, L2(2213, 2215), "工伤鉴定服务对象满意度", "≥90%", "≥96%", "20")),
    ],
)
PROJECTS[-1].update(closing(2220, (2226, 2226), (2234, 2234)))

# ---- 3: 劳动仲裁办案专项工作经费 (2236)
P, E, S = L1(2299, 2301), L1(2311, 2313), L1(2332, 2336)
project(
    3,
    T("2023 年度劳动仲裁办案专项工作经费项目自评表", 2236),
    T("劳动仲裁办案专项工作经费", 2240),
    2242,
    J(2243, 2245),
    2238,
    J(2271, 2273),
    2274,
    2270,
    2340,
    [
        (P, *row_line(2303, L2(2303), "2023 年劳动仲裁受理案件数", "100 例", "201 例", "10")),
        (P, *row_line(2305, L2(2305), "劳动仲裁案件结案率", "100%", "100%", "10")),
        (P, *row_line(2307, L2(2307), "劳动仲裁办案及时率", "100%", "100%", "10")),
        (P, *row_line(2309, L2(2309), "项目成本控制", "≤20 万元", "20 万元", "10")),
        (E, *row_line(2318, L2(2315, 2317), "保护劳动者合法权益", "明显提高", "明显提高", "10")),
        (E, L2(2320, 2322), J(2324, 2328), *vals(2330, "长期", "长期", "10")),
        (S, *row_line(2338, L2(2338), "仲裁办案服务对象满意度", "≥90%", "≥96%", "20")),
    ],
)
PROJECTS[-1].update(closing(2342, (2348, 2350), (2355, 2355)))

# ---- 4: 农民工工资清欠专项工作经费 (2357); 二级指标 cells span several rows here
P, E, S = L1(2412, 2414), L1(2450, 2452), L1(2468, 2472)
Q1, Q2, Q3 = L2(2416, 2416), L2(2428, 2428), L2(2442, 2442)
project(
    4,
    T("2023 年度农民工工资清欠专项工作经费项目自评表", 2357),
    T("农民工工资清欠专项工作经费", 2361),
    2362,
    J(2363, 2365),
    2359,
    J(2387, 2389),
    2390,
    2386,
    2480,
    [
        (
            P,
            Q1,
            T("解决农民工拖欠工资", 2418),
            T("2547.2077 万元", 2418),
            TJ("2547.2077 万元", 2419, 2421),
            T("5", 2422),
        ),
        (P, *row_line(2424, Q1, "农民工工资清欠案例", "250 例", "317 例", "5")),
        (P, *row_line(2426, Q1, "解决农民工拖欠工资人数", "1973 人", "1973 人", "5")),
        (P, *row_line(2430, Q2, "群体性事件时间处置率", "100%", "100%", "5")),
        (P, Q2, J(2432, 2434), *vals(2435, "100%", "100%", "5")),
        (P, Q2, J(2437, 2439), *vals(2440, "≥96%", "≥96%", "5")),
        (P, Q3, J(2443, 2445), *vals(2446, "及时", "及时", "5")),
        (P, *row_line(2448, L2(2448), "项目成本控制", "≤30 万元", "30 万元", "5")),
        (E, *row_line(2457, L2(2454, 2456), "维护农民工合法权益", "明显提高", "明显提高", "10")),
        (E, L2(2459, 2461), J(2463, 2465), *vals(2466, "长期", "长期", "10")),
        (S, *row_line(2474, L2(2474), "农民工满意度", "≥90%", "≥98%", "20")),
    ],
)
PROJECTS[-1].update(closing(2482, (2488, 2492), (2500, 2500)))

# ---- 5: 保存人事关系及档案费 (2502)
P, E, S = L1(2564, 2566), L1(2575, 2577), L1(2593, 2597)
project(
    5,
    T("2023 年度保存人事关系及档案费项目绩效自评表", 2502),
    T("保存人事关系及档案费", 2506),
    2508,
    J(2509, 2511),
    2504,
    J(2537, 2539),
    2540,
    2536,
    2605,
    [
        (P, *row_line(2567, L2(2567), "累计保存人事关系及档案份数", "15000 份", "20611 份", "10")),
        (P, *row_line(2569, L2(2569), "工作完成合格率", "100%", "100%", "10")),
        (P, *row_line(2571, L2(2571), "归档及时率", "100%", "100%", "10")),
        (P, *row_line(2573, L2(2573), "项目成本控制", "≤10 万元", "10 万元", "10")),
        (E, L2(2579, 2581), J(2583, 2585), *vals(2586, "显著提高", "显著提高", "10")),
        (E, *row_line(2591, L2(2588, 2590), "单位和个人存服务", "长期", "长期", "10")),
        (S, L2(2599), J(2600, 2602), *vals(2603, "≥90%", "≥96%", "20")),
    ],
)
PROJECTS[-1].update(closing(2607, (2613, 2617), (2622, 2622)))

# ---- 6: 企业职工劳动合同鉴定费 (2624)
P, E, S = L1(2687, 2689), L1(2699, 2701), L1(2721, 2725)
project(
    6,
    T("2023 年度企业职工劳动合同鉴定费项目自评表", 2624),
    T("企业职工劳动合同鉴定费", 2628),
    2630,
    J(2631, 2633),
    2626,
    J(2658, 2660),
    2661,
    2657,
    2729,
    [
        (P, *row_line(2691, L2(2691), "2023 年鉴证劳动合同份数", "500 份", "4824 份", "10")),
        (P, *row_line(2693, L2(2693), "劳动合同审查鉴定通过率", "100%", "100%", "10")),
        (P, *row_line(2695, L2(2695), "合同鉴定及时率", "100%", "100%", "10")),
        (P, *row_line(2697, L2(2697), "项目成本控制", "≤5万元", "5 万元", "10")),
        (E, L2(2703, 2705), J(2707, 2709), *vals(2710, "显著提高", "显著提高", "10")),
        (E, L2(2712, 2714), J(2716, 2718), *vals(2719, "长期", "长期", "10")),
        (S, *row_line(2727, L2(2727), "企业员工满意度", "≥90%", "≥96%", "20")),
    ],
)
PROJECTS[-1].update(closing(2731, (2737, 2743), (2748, 2748)))

# ---- 7: 扩面征缴工作经费 (2749)
P, E, S = L1(2807, 2809), L1(2820, 2822), L1(2848, 2852)
project(
    7,
    T("2023 年度扩面征缴工作经费项目自评表", 2749),
    T("扩面征缴工作经费", 2753),
    2755,
    J(2756, 2758),
    2751,
    J(2784, 2786),
    2787,
    2783,
    2856,
    [
        (P, *row_line(2811, L2(2811), "23年新增扩面征缴待遇人数", "9000 人", "38670 人", "8")),
        (P, *row_line(2813, L2(2813), "便民服务大厅正常运行天数", "≥360 天", "≥360 天", "8")),
        (P, *row_line(2815, L2(2815), "扩面征缴参保覆盖率", "≥90%", "≥90%", "8")),
        (P, *row_line(2817, L2(2817), "扩面征缴完成及时率", "≥90%", "≥90%", "8")),
        (P, *row_line(2819, L2(2819), "项目成本控制", "≤30 万元", "30 万元", "8")),
        (E, L2(2824, 2826), J(2828, 2832), *vals(2834, "显著提高", "显著提高", "10")),
        (E, L2(2836, 2838), J(2840, 2844), *vals(2846, "长期", "长期", "10")),
        (S, *row_line(2854, L2(2854), "社保参保人员满意度", "≥90%", "≥98%", "20")),
    ],
)
PROJECTS[-1].update(closing(2858, (2864, 2866), (2871, 2871)))

# ---- 8: 社会保险基金监督工作经费 (2873)
P, E, S = L1(2934, 2936), L1(2956, 2958), L1(2974, 2978)
project(
    8,
    T("2023 年度社会保险基金监督工作经费项目自评表", 2873),
    T("社会保险基金监督工作经费", 2877),
    2879,
    J(2880, 2882),
    2875,
    J(2907, 2909),
    2910,
    2906,
    2982,
    [
        (P, L2(2938), J(2939, 2941), *vals(2942, "15 人", "15 人", "8")),
        (P, L2(2944), J(2945, 2947), *vals(2948, "9.34 万元", "9.34 万元", "8")),
        (P, *row_line(2950, L2(2950), "工作完成合格率", "100%", "100%", "8")),
        (P, *row_line(2952, L2(2952), "工作完工及时率", "100%", "100%", "8")),
        (P, *row_line(2954, L2(2954), "项目成本控制", "≤10 万元", "10 万元", "8")),
        (E, *row_line(2963, L2(2960, 2962), "社保基金管理运行监督力度", "显著提高", "显著提高", "10")),
        (E, L2(2965, 2967), J(2969, 2971), *vals(2972, "长期", "长期", "10")),
        (S, *row_line(2980, L2(2980), "社保基金监督对象满意度", "≥90%", "≥95%", "20")),
    ],
)
PROJECTS[-1].update(closing(2984, (2990, 2990), (2995, 2995)))

# ---- 9: 事业单位公开招聘工作人员及引进高层次人才考试招聘费 (title 2996-2998)
P, E, S = L1(3062, 3064), L1(3084, 3086), L1(3092, 3096)
project(
    9,
    J(2996, 2998),
    T("事业单位公开招聘工作人员及引进高层次人才考试招聘费", 3002),
    3004,
    J(3005, 3007),
    3000,
    J(3033, 3035),
    3036,
    3032,
    3100,
    [
        (P, L2(3066), J(3067, 3069), *vals(3070, "32 人", "32 人", "8")),
        (P, L2(3072), J(3073, 3075), *vals(3076, "86 人", "86 人", "8")),
        (P, *row_line(3078, L2(3078), "事业单位招聘工作完成时效", "12 月底前", "12 月底前", "8")),
        (P, *row_line(3080, L2(3080), "事业单位工作人员招聘率", "100%", "100%", "8")),
        (P, *row_line(3082, L2(3082), "事业单位公开招聘经费支出", "≤50 万元", "50 万元", "8")),
        (E, *row_line(3091, L2(3088, 3090), "事业单位新聘人员履职率", "100%", "100%", "20")),
        (S, *row_line(3098, L2(3098), "有招聘计划的事业单位满意度", "≥90%", "≥98%", "20")),
    ],
)
PROJECTS[-1].update(closing(3102, (3108, 3108), (3113, 3113)))

# ---- 10: 招募选派“三支一扶”高校毕业生面试工作经费 (title 3115-3117)
P, E, S = L1(3179, 3181), L1(3195, 3197), L1(3231, 3235)
project(
    10,
    J(3115, 3117),
    T("招募选派“三支一扶”高校毕业生面试工作经费", 3121),
    3123,
    J(3124, 3126),
    3119,
    J(3152, 3154),
    3155,
    3151,
    3239,
    [
        (P, L2(3182), J(3184, 3186), *vals(3187, "57 人", "57 人", "10")),
        (P, *row_line(3189, L2(3189), "招募工作完成合格率", "100%", "100%", "10")),
        (P, *row_line(3191, L2(3191), "面试工作组开展及时率", "100%", "100%", "10")),
        (P, *row_line(3193, L2(3193), "事业单位公开招聘经费支出", "≤15 万元", "15 万元", "10")),
        (E, L2(3199, 3201), J(3203, 3211), *vals(3213, "提高", "提高", "10")),
        (E, L2(3215, 3217), J(3219, 3227), *vals(3229, "长期", "长期", "10")),
        (S, *row_line(3237, L2(3237), "三支一扶人员满意度", "≥90%", "≥98%", "20")),
    ],
)
PROJECTS[-1].update(closing(3241, (3247, 3247), (3252, 3252)))

# ---- 11: “三支一扶”高校生生活补助 (3254)
P, E, S = L1(3314, 3316), L1(3340, 3342), L1(3376, 3380)
project(
    11,
    T("2023 年度“三支一扶”高校生生活补助项目自评表", 3254),
    T("“三支一扶”高校生生活补助", 3258),
    3260,
    J(3261, 3263),
    3256,
    J(3287, 3289),
    3290,
    3286,
    3384,
    [
        (P, L2(3318), J(3319, 3321), *vals(3322, "21 人", "21 人", "8")),
        (P, L2(3324), J(3325, 3327), *vals(3328, "37 人", "37 人", "8")),
        (P, *row_line(3330, L2(3330), "招募工作完成合格率", "100%", "100%", "8")),
        (P, *row_line(3332, L2(3332), "招募工作完成及时性", "及时完成", "及时完成", "8")),
        (P, L2(3334), T("人均补贴标准", 3334), TJ("≤5.5 万元", 3335, 3337), *vals(3338, "≤5.5 万元", "8")),
        (E, L2(3344, 3346), J(3348, 3356), *vals(3358, "提高", "提高", "10")),
        (E, L2(3360, 3362), J(3364, 3372), *vals(3374, "长期", "长期", "10")),
        (S, *row_line(3382, L2(3382), "三支一扶人员满意度", "≥90%", "≥98%", "20")),
    ],
)
PROJECTS[-1].update(closing(3385, (3391, 3391), (3396, 3396)))

# ---- 12: 城乡居民养老保险征缴工作经费 (3398)
P, E, S = L1(3462, 3464), L1(3477, 3479), L1(3507, 3511)
project(
    12,
    T("2023 年度城乡居民养老保险征缴工作经费项目自评表", 3398),
    T("城乡居民养老保险征缴工作经费", 3402),
    3404,
    J(3405, 3407),
    3400,
    J(3433, 3435),
    3436,
    3432,
    3518,
    [
        (P, L2(3466), T("城乡居保参保缴费人数", 3466), TJ("25.29 万人", 3467, 3469), *vals(3470, "25.29 万人", "10")),
        (P, *row_line(3472, L2(3472), "工作完成合格率", "100%", "100%", "10")),
        (P, *row_line(3474, L2(3474), "养老保险征缴及时率", "100%", "100%", "10")),
        (P, *row_line(3476, L2(3476), "项目成本控制", "≤70 万元", "70 万元", "10")),
        (E, L2(3481, 3483), J(3485, 3491), *vals(3493, "显著提高", "显著提高", "10")),
        (E, L2(3495, 3497), J(3499, 3503), *vals(3505, "长期", "长期", "10")),
        (S, *row_line(3516, L2(3513, 3515), "城乡居民参保人员满意度", "≥90%", "≥97%", "20")),
    ],
)
PROJECTS[-1].update(closing(3520, (3526, 3526), (3531, 3531)))

# ---- 13: 退休人员社会代管理服务经费 (3533)
P, E, S = L1(3590, 3592), L1(3602, 3604), L1(3624, 3628)
project(
    13,
    T("2023 年度退休人员社会代管理服务经费项目自评表", 3533),
    T("退休人员社会代管理服务经费", 3537),
    3539,
    J(3540, 3542),
    3535,
    J(3567, 3569),
    3570,
    3566,
    3639,
    [
        (P, *row_line(3594, L2(3594), "管理退休人员人数", "14000 人", "14081 人", "10")),
        (P, *row_line(3596, L2(3596), "社会化管理服务完成率", "100%", "100%", "10")),
        (P, *row_line(3598, L2(3598), "工作完成及时率", "100%", "100%", "10")),
        (P, *row_line(3600, L2(3600), "项目成本控制", "≤10 万元", "10 万元", "10")),
        (E, L2(3606, 3608), J(3610, 3612), *vals(3613, "显著提高", "显著提高", "10")),
        (E, L2(3615, 3617), J(3619, 3621), *vals(3622, "长期", "长期", "10")),
        (S, L2(3630, 3632), J(3634, 3636), *vals(3637, "≥90%", "≥98%", "20")),
    ],
)
PROJECTS[-1].update(closing(3641, (3647, 3647), (3652, 3652)))


# ---------------------------------------------------------------- output
def write(name: str, rows: list[dict]) -> None:
    cols = header(name)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with open(OUT_DIR / f"{name}.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=cols, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            assert set(row) <= set(cols), set(row) - set(cols)
            writer.writerow({c: row.get(c, "") for c in cols})


def indicator_weight_cell(first_line: int, last_line: int) -> tuple[str, int] | tuple[str, str]:
    """The weight printed in the 年度绩效目标 header, "（80" then "分）" lines below; NONE if absent."""
    found = [n for n in range(first_line, last_line + 1) if ln(n) == "（80"]
    assert len(found) <= 1, found
    if not found:
        return NONE
    assert any(ln(n).startswith("分）") for n in range(found[0] + 1, last_line + 1)), found[0]
    return ("80", found[0])


def pair(row: dict, column: str, cell: tuple) -> None:
    row[column], row[column + "_line"] = cell[0], cell[1]


def main() -> None:
    evaluations, funds, indicators, goals = [], [], [], []
    tables = [dict(DEPT, rows=[r for _, r in DEPT_ROWS], goals=[g for g, _ in DEPT_ROWS])] + PROJECTS
    for t in tables:
        ev = {"report_id": REPORT_ID, "evaluation_no": t["no"], "evaluation_level": t["level"], "template": "hubei"}
        pair(ev, "title", t["title"])
        pair(ev, "project_name", t["project_name"])
        pair(ev, "department_name", t["department_name"])
        pair(ev, "implementing_unit", t["implementing_unit"])
        pair(ev, "fill_date", t["fill_date"])
        ev["budget_category"], ev["project_nature"], ev["project_type"] = t["ticks"]
        pair(ev, "deviation_analysis", t["deviation_analysis"])
        pair(ev, "improvement_plan", t["improvement_plan"])
        pair(ev, "indicator_weight", indicator_weight_cell(t["title"][1], t["total_score"][1]))
        pair(ev, "total_score", t["total_score"])
        assert t["closing_label"] == next(i for i in range(t["total_score"][1] + 1, len(LINES)) if ln(i)), t["no"]
        evaluations.append(ev)
        for k, (label, budget, executed, rate, score, weight) in enumerate(t["funds"], start=1):
            f = {"report_id": REPORT_ID, "evaluation_no": t["no"], "ordinal": k, "fund_source": label}
            pair(f, "full_year_budget_wan_yuan", budget)
            pair(f, "executed_wan_yuan", executed)
            pair(f, "execution_rate_pct", rate)
            pair(f, "score", score)
            pair(f, "weight", weight)
            funds.append(f)
        goal_nos = t.get("goals")
        for k, (l1, l2, name, target, actual, score) in enumerate(t["rows"], start=1):
            r = {
                "report_id": REPORT_ID,
                "evaluation_no": t["no"],
                "ordinal": k,
                "goal_no": goal_nos[k - 1] if goal_nos else "",
            }
            for column, cell in (
                ("level1_name", l1),
                ("level2_name", l2),
                ("indicator_name", name),
                ("target_text", target),
                ("actual_text", actual),
                ("score", score),
            ):
                pair(r, column, cell)
            indicators.append(r)
    for goal_no, text, weight in DEPT_GOALS:
        g = {"report_id": REPORT_ID, "evaluation_no": 1, "goal_no": goal_no}
        pair(g, "goal_text", text)
        pair(g, "weight", weight)
        goals.append(g)
    summary = []
    for figure, value in (("整体自评表基本支出总额", "1807.08"), ("整体自评表项目支出总额", "21468.3")):
        summary.append(
            {"report_id": REPORT_ID, "figure_name": figure, "unit": "万元", "value": value, "value_line": 996}
        )
    assert ln(996) == "1807.08 项目支出总额 21468.3"
    write("performance_evaluations", evaluations)
    write("performance_funds", funds)
    write("performance_indicators", indicators)
    write("performance_goals", goals)
    write("performance_summary", summary)
    for name, rows in (
        ("evaluations", evaluations),
        ("funds", funds),
        ("indicators", indicators),
        ("goals", goals),
        ("summary", summary),
    ):
        print(f"{name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
