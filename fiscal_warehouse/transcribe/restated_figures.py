"""Figures printed a second time (restated), each tied to the transcribed value it repeats.

A report often prints the same figure twice: the 决算数 again in a budget comparison, the
三公 amounts again in 具体情况. The first printing is transcribed in its own seed; each
later printing is listed here with its line, so that a check can compare the two (a
restatement that differs is a finding) and no printed number is left unaccounted for.

Run: python3 -m fiscal_warehouse.transcribe.restated_figures
"""

from __future__ import annotations

import csv

from fiscal_warehouse.documents import FRAGMENTS_DIR, SEEDS_DIR, number_is_at_line

OUT_DIR = FRAGMENTS_DIR / "restated_figures"

CHANGJI = "changji_hrss_2023"
TONGCHENG = "tongcheng_hrss_2023"
YANQI = "yanqi_social_insurance_2023"
AMOUNT = "amount_wan_yuan"

# (report, seed, row key, column, value as printed, line of the restatement)
RESTATEMENTS = [
    (CHANGJI, "fiscal_appropriation_totals", "财政拨款|本年支出", AMOUNT, "2638.26", 200),
    (CHANGJI, "general_budget_expenditure", "total|0", AMOUNT, "2638.26", 225),
    (CHANGJI, "three_public_expenses", "因公出国（境）费", AMOUNT, "0.00", 477),
    (CHANGJI, "three_public_expenses", "公务用车购置及运行费", AMOUNT, "8.80", 483),
    (CHANGJI, "three_public_expenses", "公务接待费", AMOUNT, "0.38", 497),
    (CHANGJI, "three_public_expenses", "三公经费合计", AMOUNT, "9.18", 503),
    (CHANGJI, "three_public_expenses", "因公出国（境）费", AMOUNT, "0.00", 507),
    (CHANGJI, "three_public_expenses", "公务用车购置费", AMOUNT, "0.00", 513),
    (CHANGJI, "three_public_expenses", "公务用车运行费", AMOUNT, "8.80", 517),
    (CHANGJI, "three_public_expenses", "公务接待费", AMOUNT, "0.38", 520),
    (TONGCHENG, "general_budget_expenditure", "total|0", AMOUNT, "2820.06", 242),
    (TONGCHENG, "general_budget_expenditure", "total|0", AMOUNT, "2820.06", 258),
    (YANQI, "fiscal_appropriation_totals", "财政拨款|本年支出", AMOUNT, "586.22", 129),
    (YANQI, "general_budget_expenditure", "total|0", AMOUNT, "586.22", 157),
    (YANQI, "three_public_expenses", "因公出国（境）费", AMOUNT, "0.00", 320),
    (YANQI, "three_public_expenses", "公务用车购置及运行费", AMOUNT, "1.13", 325),
    (YANQI, "three_public_expenses", "公务接待费", AMOUNT, "0.00", 339),
    (YANQI, "three_public_expenses", "三公经费合计", AMOUNT, "1.13", 345),
    (YANQI, "three_public_expenses", "因公出国（境）费", AMOUNT, "0.00", 349),
    (YANQI, "three_public_expenses", "公务用车购置费", AMOUNT, "0.00", 353),
    (YANQI, "three_public_expenses", "公务用车运行费", AMOUNT, "1.13", 357),
    (YANQI, "three_public_expenses", "公务接待费", AMOUNT, "0.00", 361),
    (YANQI, "procurement", "授予中小企业合同金额", AMOUNT, "0.00", 4652),
]


def main() -> None:
    with open(SEEDS_DIR / "restated_figures.csv", encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with open(OUT_DIR / "restated_figures.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        for report_id, seed, row_key, column, value, line in RESTATEMENTS:
            if not number_is_at_line(report_id, value, line):
                raise SystemExit(f"{report_id} line {line}: {value} is not printed there")
            writer.writerow([report_id, seed, f"{report_id}|{row_key}", column, value, line])


if __name__ == "__main__":
    main()
