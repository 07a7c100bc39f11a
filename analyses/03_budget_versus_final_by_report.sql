{#
    问题：各单位一般公共预算财政拨款支出的决算与年初预算差多少（预决算差异率）？
    读法：每个报告一行。年初预算、决算、公布的差异率或完成率和差异原因均为公布数；
    计算差异率 = (决算 − 年初预算) / 年初预算 × 100，计算完成率 = 决算 / 年初预算 × 100，
    两者都是计算值，用来和公布数对照（湖北模板只公布“完成年初预算的 %”，新疆模板只公布差异率）。
    正数表示超预算支出。通城县的年初预算注明“不含基金项目 37772.3 万元”，见
    budget_excluded_fund_projects_wan_yuan。

    Question: how far is each unit's general public budget expenditure (一般公共预算财政拨款支出)
    from its initial budget (预决算差异率)?
    How to read: one row per report. Initial budget, final amount, the printed variance or
    completion rate and the stated reason are as published; computed_variance_pct =
    (final − budget) / budget × 100 and computed_completion_pct = final / budget × 100 are
    computed, to set against the printed figure (the Hubei template prints a completion rate, the
    Xinjiang template a variance). A positive variance is spending above the budget. Tongcheng's
    budget excludes fund projects of 37772.3 万元 (budget_excluded_fund_projects_wan_yuan).
#}
with

reports as (

    select * from {{ ref('dim_report') }}
    where document_kind = 'final_accounts'  -- budgets: analyses 15-17

),

account_totals as (

    select * from {{ ref('fct_account_totals') }}

),

general_budget_expenditure as (

    select
        report_id,
        budget_wan_yuan,
        amount_wan_yuan as final_wan_yuan,
        budget_variance_pct as printed_variance_pct,
        completion_pct as printed_completion_pct,
        budget_excluded_fund_projects_wan_yuan,
        budget_reason,
        budget_wan_yuan_line,
        amount_wan_yuan_line as final_wan_yuan_line,
        budget_variance_pct_line as printed_variance_pct_line,
        completion_pct_line as printed_completion_pct_line
    from account_totals
    where
        fund_scope = '一般公共预算'
        and line_item = '本年支出'

),

final as (

    select
        reports.report_id,
        reports.unit_name,
        general_budget_expenditure.budget_wan_yuan,
        general_budget_expenditure.final_wan_yuan,
        general_budget_expenditure.final_wan_yuan - general_budget_expenditure.budget_wan_yuan
            as difference_wan_yuan,
        general_budget_expenditure.printed_variance_pct,
        cast(
            100 * (general_budget_expenditure.final_wan_yuan - general_budget_expenditure.budget_wan_yuan)
            / nullif(general_budget_expenditure.budget_wan_yuan, 0) as decimal(18, 2)
        ) as computed_variance_pct,
        general_budget_expenditure.printed_completion_pct,
        cast(
            100 * general_budget_expenditure.final_wan_yuan
            / nullif(general_budget_expenditure.budget_wan_yuan, 0) as decimal(18, 2)
        ) as computed_completion_pct,
        general_budget_expenditure.budget_excluded_fund_projects_wan_yuan,
        general_budget_expenditure.budget_reason,
        general_budget_expenditure.budget_wan_yuan_line,
        general_budget_expenditure.final_wan_yuan_line,
        general_budget_expenditure.printed_variance_pct_line,
        general_budget_expenditure.printed_completion_pct_line
    from reports
    left join general_budget_expenditure on reports.report_id = general_budget_expenditure.report_id

)

select
    report_id,
    unit_name,
    budget_wan_yuan,
    final_wan_yuan,
    difference_wan_yuan,
    printed_variance_pct,
    computed_variance_pct,
    printed_completion_pct,
    computed_completion_pct,
    budget_excluded_fund_projects_wan_yuan,
    budget_reason,
    budget_wan_yuan_line,
    final_wan_yuan_line,
    printed_variance_pct_line,
    printed_completion_pct_line
from final
order by computed_variance_pct desc nulls last, report_id asc
