{#
    问题：绩效自评覆盖的项目资金与决算中的项目支出对得上吗？
    读法：每个报告一行。说明段落公布的自评项目个数与资金（stated_*）、决算公布的项目支出
    （project_expenditure_wan_yuan）为公布数；项目自评表张数与各表全年预算、执行数之和
    （tables_*）为计算值；executed_vs_project_expenditure_pct = 自评表执行数之和 / 项目支出 × 100
    （计算值）。远超 100% 说明自评表评的不只是本单位决算里的项目支出（例如社保基金、
    代管资金），自评覆盖率的说法要打折扣。

    Question: do the project funds covered by the performance self-evaluations match the project
    expenditure (项目支出) of the accounts?
    How to read: one row per report. The stated count and funds of the performance paragraph
    (stated_*) and the project expenditure of the accounts are as published; the number of
    project tables and the sums of their full-year budgets and executed amounts (tables_*) are
    computed; executed_vs_project_expenditure_pct = tables' executed sum / 项目支出 × 100
    (computed). Far above 100% means the tables evaluate more than the unit's own project
    spending (social insurance funds, funds passed through), so a claimed coverage rate means
    little.
#}
with

reports as (

    select * from {{ ref('dim_report') }}
    where document_kind = 'final_accounts'  -- budgets: analyses 15-17

),

performance_summary as (

    select * from {{ ref('fct_performance_summary') }}

),

performance_projects as (

    select * from {{ ref('fct_performance_project') }}

),

expenditure as (

    select * from {{ ref('fct_expenditure') }}

),

stated as (

    select
        report_id,
        max(
            case when figure_name in ('绩效评价项目数', '自评项目数') then figure_value end
        ) as stated_project_count,
        max(
            case when figure_name in ('项目全年预算数', '自评项目资金') then figure_value end
        ) as stated_project_funds_wan_yuan,
        max(
            case when figure_name in ('项目全年预算数', '自评项目资金') then figure_value_line end
        ) as stated_project_funds_wan_yuan_line
    from performance_summary
    group by report_id

),

evaluation_tables as (

    select
        report_id,
        count(*) as tables_count,
        sum(full_year_budget_wan_yuan) as tables_full_year_budget_wan_yuan,
        sum(executed_wan_yuan) as tables_executed_wan_yuan
    from performance_projects
    group by report_id

),

project_expenditure as (

    select
        report_id,
        amount_wan_yuan as project_expenditure_wan_yuan,
        amount_wan_yuan_line as project_expenditure_wan_yuan_line
    from expenditure
    where expenditure_type = '项目支出'

),

final as (

    select
        reports.report_id,
        reports.unit_name,
        {{ as_integer('stated.stated_project_count') }} as stated_project_count,
        stated.stated_project_funds_wan_yuan,
        {{ as_integer('evaluation_tables.tables_count') }} as tables_count,
        evaluation_tables.tables_full_year_budget_wan_yuan,
        evaluation_tables.tables_executed_wan_yuan,
        project_expenditure.project_expenditure_wan_yuan,
        cast(
            100 * evaluation_tables.tables_executed_wan_yuan
            / nullif(project_expenditure.project_expenditure_wan_yuan, 0) as decimal(18, 2)
        ) as executed_vs_project_expenditure_pct,
        stated.stated_project_funds_wan_yuan_line,
        project_expenditure.project_expenditure_wan_yuan_line
    from reports
    left join stated on reports.report_id = stated.report_id
    left join evaluation_tables on reports.report_id = evaluation_tables.report_id
    left join project_expenditure on reports.report_id = project_expenditure.report_id

)

select
    report_id,
    unit_name,
    stated_project_count,
    stated_project_funds_wan_yuan,
    tables_count,
    tables_full_year_budget_wan_yuan,
    tables_executed_wan_yuan,
    project_expenditure_wan_yuan,
    executed_vs_project_expenditure_pct,
    stated_project_funds_wan_yuan_line,
    project_expenditure_wan_yuan_line
from final
order by executed_vs_project_expenditure_pct desc nulls last, report_id asc
