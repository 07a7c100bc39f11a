"""Transcribe changji_hrss_2023 project self-evaluation tables 13..24 (document lines 2936-5292).

Writes fragment CSV files into OUT_DIR; `python -m fiscal_warehouse.transcribe`
assembles them into seeds/:
Run: python3 -m fiscal_warehouse.transcribe.changji_hrss_2023_perf_part2

The tables share one regular (xinjiang) layout; a small line-classifying parser reads them.
What the parser cannot tell from the layout is given explicitly below:
- GOAL_ACTUAL_START: the line where the 实际完成情况 text begins (the two goal texts follow
  each other in the flattened text);
- DEVIATIONS: the line ranges holding a 偏差原因分析及改进措施 cell, and the indicator row
  they belong to;
- MULTILINE_ROWS: indicator rows whose target/actual cells are broken over several lines.
"""

from __future__ import annotations

import csv
import re

from fiscal_warehouse.documents import FRAGMENTS_DIR, SEEDS_DIR, document_lines

REPORT_ID = "changji_hrss_2023"
OUT_DIR = FRAGMENTS_DIR / "changji_hrss_2023/part2"

# evaluation_no -> title line
TABLE_STARTS = {
    13: 2936,
    14: 3179,
    15: 3316,
    16: 3444,
    17: 3633,
    18: 3783,
    19: 3996,
    20: 4141,
    21: 4325,
    22: 4463,
    23: 4704,
    24: 4974,
}
END_LINE = 5292  # 总分 row of the last table

# evaluation_no -> (goal_expected start line, goal_actual start line)
GOAL_ACTUAL_START = {
    13: (2966, 2974),
    14: (3209, 3213),
    15: (3346, 3352),
    16: (3474, 3482),
    17: (3663, 3669),
    18: (3813, 3823),
    19: (4026, 4036),
    20: (4171, 4187),
    21: (4355, 4363),
    22: (4493, 4503),
    23: (4734, 4750),
    24: (5004, 5010),
}

# (first line, last line) of each 偏差原因 cell; it belongs to the indicator row just before it
DEVIATIONS = [
    (3027, 3066),
    (3107, 3147),
    (3262, 3286),
    (3536, 3552),
    (3572, 3586),
    (3596, 3610),
    (3738, 3758),
    (4289, 4295),
    (4545, 4575),
    (4582, 4611),
    (4644, 4662),
    (4816, 4830),
    (4839, 4861),
    (4895, 4911),
    (4922, 4946),
    (5079, 5122),
    (5173, 5222),
    (5242, 5254),
]

# rows whose cells are broken over lines: first line of the target -> (target lines,
# actual lines, line holding "weight score")
MULTILINE_ROWS = {
    3731: ((3731, 3731), (3733, 3735), 3736),  # 项目工作总成本
    3908: ((3908, 3910), (3912, 3914), 3915),  # 按时完成…中期评估和调整修订工作
    3971: ((3971, 3973), (3975, 3977), 3978),  # 落实国家政策…提高履职或服务效率
    4283: ((4283, 4283), (4284, 4286), 4287),  # 档案工作数字化处理成本
}

LEVEL1_HEADS = {"产出指", "成本指", "效益指", "满意度"}
LEVEL2_NAMES = [
    "数量指标",
    "质量指标",
    "时效指标",
    "经济成本指标",
    "社会成本指标",
    "生态环境成本指标",
    "经济效益指标",
    "社会效益指标",
    "生态效益指标",
    "可持续影响指标",
    "满意度指标",
]
OPERATORS = (">=", "<=", "≥", "≤", "=", ">", "<")
DATA_ROW = re.compile(r"^(?P<cells>.*\S)\s+(?P<weight>\d+(?:\.\d+)?)\s+(?P<score>\d+(?:\.\d+)?)$")

LINES = document_lines(REPORT_ID)


def line(n: int) -> str:
    """Line n (1-based), stripped, inner whitespace runs collapsed to one space."""
    return re.sub(r"\s+", " ", LINES[n - 1]).strip()


def is_skipped(n: int) -> bool:
    """Blank lines and page-number lines."""
    text = line(n)
    return not text or text.isdigit()


def join(first: int, last: int) -> str:
    return "".join(line(n) for n in range(first, last + 1) if not is_skipped(n))


def number(text: str) -> str:
    return text.replace(",", "").replace("%", "").replace("分", "").strip()


def split_cells(tokens: list[str]) -> tuple[str, str]:
    """Split the tokens of 年度指标值 + 实际完成值."""
    if tokens[0].startswith(OPERATORS):
        for k in range(1, len(tokens)):
            if tokens[k].startswith(OPERATORS):
                return " ".join(tokens[:k]), " ".join(tokens[k:])
        raise ValueError(f"no actual value in {tokens}")
    if len(tokens) == 2:
        return tokens[0], tokens[1]
    raise ValueError(f"cannot split {tokens}")


def read_table(no: int, start: int, end: int):
    title = line(start).replace(" ", "")
    evaluation = {
        "report_id": REPORT_ID,
        "evaluation_no": no,
        "evaluation_level": "project",
        "template": "xinjiang",
        "title": title,
        "title_line": start,
    }
    funds, indicators = [], []
    n = start
    # header block
    while n <= end:
        text = line(n)
        if text.startswith("项目名称 "):
            evaluation["project_name"] = text[len("项目名称 ") :]
            evaluation["project_name_line"] = n
        elif text.startswith("主管部门 "):
            m = re.fullmatch(r"主管部门 (.+) 实施单位 (.+)", text)
            evaluation["department_name"], evaluation["implementing_unit"] = m.group(1), m.group(2)
            evaluation["department_name_line"] = evaluation["implementing_unit_line"] = n
        elif text.startswith("年度资金总额 "):
            cells = text.split()[1:]
            assert len(cells) == 6, cells
            funds.append(fund_row(no, 1, "年度资金总额", cells, n))
        elif text == "其中：当年财":
            assert line(n + 2) == "政拨款", n
            values = n + 3
            cells = line(values).split()
            assert len(cells) == 6, cells
            funds.append(fund_row(no, 2, "其中：当年财政拨款", cells, values))
        elif text.startswith("其他资金 "):
            cells = text.split()[1:]
            assert len(cells) == 6, cells
            funds.append(fund_row(no, 3, "其他资金", cells, n))
        elif text == "预期目标 实际完成情况":
            break
        n += 1
    expected_start, actual_start = GOAL_ACTUAL_START[no]
    header_end = next(k for k in range(actual_start, end) if line(k) == "一级指")
    evaluation["goal_expected"] = join(expected_start, actual_start - 1)
    evaluation["goal_expected_line"] = expected_start
    evaluation["goal_actual"] = join(actual_start, header_end - 1)
    evaluation["goal_actual_line"] = actual_start
    # indicator header ends with the 情况 line of 年度绩效指标完成情况
    n = next(k for k in range(header_end, end) if line(k) == "情况") + 1
    level1 = level2 = None
    pending: list[int] = []  # lines of the indicator name being read
    deviation_lines = {k: (a, b) for a, b in DEVIATIONS for k in [a]}
    while n <= end:
        if is_skipped(n):
            n += 1
            continue
        text = line(n)
        if text.startswith("总分 "):
            m = re.fullmatch(r"总分 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) ?分", text)
            evaluation["total_weight"], evaluation["total_weight_line"] = m.group(1), n
            evaluation["total_score"], evaluation["total_score_line"] = m.group(2), n
            break
        if n in deviation_lines:
            a, b = deviation_lines[n]
            assert not pending, (n, pending)
            indicators[-1]["deviation_reason"] = join(a, b)
            indicators[-1]["deviation_reason_line"] = a
            n = b + 1
            continue
        if text in LEVEL1_HEADS:
            following = next(k for k in range(n + 1, end) if not is_skipped(k))
            if line(following) in ("标", "指标"):
                assert not pending, (n, pending)
                level1 = (text + line(following), n)
                n = following + 1
                continue
        head = text.split(" ", 1)
        if head[0] in LEVEL2_NAMES:
            assert not pending, (n, pending)
            level2 = (head[0], n)
            if len(head) == 1:
                n += 1
                continue
            text = head[1]
        if n in MULTILINE_ROWS:
            (ta, tb), (aa, ab), ws = MULTILINE_ROWS[n]
            weight, score = line(ws).split()
            indicators.append(
                indicator_row(
                    no,
                    len(indicators) + 1,
                    level1,
                    level2,
                    pending,
                    (join(ta, tb), ta),
                    (join(aa, ab), aa),
                    (weight, ws),
                    (score, ws),
                )
            )
            pending = []
            n = ws + 1
            continue
        m = DATA_ROW.match(text)
        if m and (m.group("cells").startswith(OPERATORS) or pending or len(m.group("cells").split()) >= 2):
            tokens = m.group("cells").split()
            if not pending:
                pending = [(tokens[0], n)]
                tokens = tokens[1:]
            target, actual = split_cells(tokens)
            indicators.append(
                indicator_row(
                    no,
                    len(indicators) + 1,
                    level1,
                    level2,
                    pending,
                    (target, n),
                    (actual, n),
                    (m.group("weight"), n),
                    (m.group("score"), n),
                )
            )
            pending = []
            n += 1
            continue
        pending.append((text, n))
        n += 1
    else:
        raise ValueError(f"table {no}: no 总分 row")
    return evaluation, funds, indicators


def fund_row(no, ordinal, source, cells, values_line):
    """fund_source is a key column (no _line); the numbers are cited where printed."""
    row = {"report_id": REPORT_ID, "evaluation_no": no, "ordinal": ordinal, "fund_source": source}
    columns = [
        "initial_budget_wan_yuan",
        "full_year_budget_wan_yuan",
        "executed_wan_yuan",
        "weight",
        "execution_rate_pct",
        "score",
    ]
    for column, cell in zip(columns, cells, strict=True):
        if cell in ("-", "—", "——"):
            continue
        row[column] = number(cell)
        row[column + "_line"] = values_line
    return row


def indicator_row(no, ordinal, level1, level2, pending, target, actual, weight, score):
    name, name_line = "".join(t for t, _ in pending), pending[0][1]
    return {
        "report_id": REPORT_ID,
        "evaluation_no": no,
        "ordinal": ordinal,
        "level1_name": level1[0],
        "level1_name_line": level1[1],
        "level2_name": level2[0],
        "level2_name_line": level2[1],
        "indicator_name": name,
        "indicator_name_line": name_line,
        "target_text": target[0],
        "target_text_line": target[1],
        "actual_text": actual[0],
        "actual_text_line": actual[1],
        "weight": weight[0],
        "weight_line": weight[1],
        "score": score[0],
        "score_line": score[1],
    }


def header(seed: str) -> list[str]:
    with open(SEEDS_DIR / f"{seed}.csv", encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle))


def write(seed: str, rows: list[dict]) -> None:
    columns = header(seed)
    with open(OUT_DIR / f"{seed}.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="raise")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns} | {k: v for k, v in row.items()})


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    evaluations, funds, indicators = [], [], []
    numbers = sorted(TABLE_STARTS)
    for i, no in enumerate(numbers):
        start = TABLE_STARTS[no]
        end = TABLE_STARTS[numbers[i + 1]] - 1 if i + 1 < len(numbers) else END_LINE
        e, f, ind = read_table(no, start, end)
        evaluations.append(e)
        funds.extend(f)
        indicators.extend(ind)
    write("performance_evaluations", evaluations)
    write("performance_funds", funds)
    write("performance_indicators", indicators)
    print(f"{len(evaluations)} evaluations, {len(funds)} funds, {len(indicators)} indicators")


if __name__ == "__main__":
    main()
