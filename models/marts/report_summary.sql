{#
    One row per final-accounts report with the headline figures side by side, for comparing departments:
    every published figure here also sits, with its line, in the fact table it comes from.
    Columns marked "computed" in their description are derived here, not printed. The fact
    tables take a report's rows from its statement tables where it has them, else from its
    narrative; a figure only a narrative prints (staff, running costs, procurement, vehicles,
    performance, shares, budgets) is empty for a report that has statement tables only.
#}
with

reports as (

    select * from {{ ref('dim_report') }}
    where document_kind = 'final_accounts'

),

unit_overview as (

    select * from {{ ref('fct_unit_overview') }}

),

account_totals as (

    select * from {{ ref('fct_account_totals') }}

),

revenue as (

    select * from {{ ref('fct_revenue') }}

),

expenditure as (

    select * from {{ ref('fct_expenditure') }}

),

basic_expenditure as (

    select * from {{ ref('fct_basic_expenditure') }}

),

three_public_expenses as (

    select * from {{ ref('fct_three_public_expenses') }}

),

operating_costs as (

    select * from {{ ref('fct_operating_costs') }}

),

procurement as (

    select * from {{ ref('fct_procurement') }}

),

state_assets as (

    select * from {{ ref('fct_state_assets') }}

),

performance_summary as (

    select * from {{ ref('stg_performance_summary') }}

),

performance_evaluations as (

    select * from {{ ref('stg_performance_evaluations') }}

),

mart_sources as (

    select * from {{ ref('int_mart_sources_chosen') }}

),

report_sources as (

    {# A report reads as statement_table when any of its fact tables comes from its statement tables. #}
    select
        report_id,
        max(case when source_kind = 'statement_table' then 1 else 0 end) as has_statement_tables
    from mart_sources
    group by report_id

),

staff as (

    select
        report_id,
        max(case when figure_name = '实有人数' then figure_value end) as staff_total,
        max(case when figure_name = '在职人员' then figure_value end) as staff_serving,
        max(case when figure_name = '退休人员' then figure_value end) as staff_retired
    from unit_overview
    group by report_id

),

totals as (

    select
        report_id,
        max(case when fund_scope = '全部资金' and line_item = '收入总计' then amount_wan_yuan end)
            as income_grand_total_wan_yuan,
        max(case when fund_scope = '全部资金' and line_item = '本年收入合计' then amount_wan_yuan end)
            as income_current_year_wan_yuan,
        max(case when fund_scope = '全部资金' and line_item = '本年支出合计' then amount_wan_yuan end)
            as expenditure_current_year_wan_yuan,
        max(case when fund_scope = '全部资金' and line_item = '年末结转和结余' then amount_wan_yuan end)
            as carry_over_year_end_wan_yuan,
        max(case when fund_scope = '财政拨款' and line_item = '本年收入' then amount_wan_yuan end)
            as fiscal_appropriation_current_year_income_wan_yuan,
        max(case when fund_scope = '一般公共预算' and line_item = '本年支出' then amount_wan_yuan end)
            as general_budget_expenditure_wan_yuan,
        max(case when fund_scope = '一般公共预算' and line_item = '本年支出' then budget_wan_yuan end)
            as general_budget_initial_budget_wan_yuan,
        max(case when fund_scope = '一般公共预算' and line_item = '本年支出' then budget_variance_pct end)
            as general_budget_variance_pct,
        max(case when fund_scope = '一般公共预算' and line_item = '本年支出' then completion_pct end)
            as general_budget_completion_pct
    from account_totals
    group by report_id

),

revenue_pivot as (

    select
        report_id,
        max(case when income_source = '财政拨款收入' then amount_wan_yuan end) as fiscal_appropriation_income_wan_yuan,
        max(case when income_source = '财政拨款收入' then share_pct end) as fiscal_appropriation_income_share_pct
    from revenue
    group by report_id

),

expenditure_pivot as (

    select
        report_id,
        max(case when expenditure_type = '基本支出' then amount_wan_yuan end) as basic_expenditure_wan_yuan,
        max(case when expenditure_type = '基本支出' then share_pct end) as basic_expenditure_share_pct,
        max(case when expenditure_type = '项目支出' then amount_wan_yuan end) as project_expenditure_wan_yuan,
        max(case when expenditure_type = '项目支出' then share_pct end) as project_expenditure_share_pct
    from expenditure
    group by report_id

),

basic_costs as (

    select
        report_id,
        max(case when cost_category = '人员经费' then amount_wan_yuan end) as personnel_costs_wan_yuan,
        max(case when cost_category = '公用经费' then amount_wan_yuan end) as public_costs_wan_yuan
    from basic_expenditure
    group by report_id

),

three_public as (

    select
        report_id,
        max(case when expense_item = '三公经费合计' then actual_wan_yuan end) as three_public_actual_wan_yuan,
        max(case when expense_item = '三公经费合计' then budget_wan_yuan end) as three_public_budget_wan_yuan,
        max(case when expense_item = '因公出国（境）费' then actual_wan_yuan end) as travel_abroad_wan_yuan,
        max(case when expense_item = '公务用车购置及运行费' then actual_wan_yuan end) as official_vehicles_wan_yuan,
        max(case when expense_item = '公务接待费' then actual_wan_yuan end) as official_reception_wan_yuan
    from three_public_expenses
    group by report_id

),

procurement_pivot as (

    select
        report_id,
        max(case when line_item = '政府采购支出总额' then amount_wan_yuan end) as procurement_total_wan_yuan
    from procurement
    group by report_id

),

vehicles as (

    select
        report_id,
        max(case when asset_item = '车辆' then quantity end) as vehicles_held
    from state_assets
    group by report_id

),

performance as (

    select
        report_id,
        max(case when figure_name in ('绩效评价项目数', '自评项目数') then figure_value end)
            as stated_evaluated_project_count,
        max(case when figure_name in ('项目全年预算数', '自评项目资金') then figure_value end)
            as stated_evaluated_project_budget_wan_yuan
    from performance_summary
    group by report_id

),

evaluation_counts as (

    select
        report_id,
        sum(case when evaluation_level = 'project' then 1 else 0 end) as project_evaluation_tables
    from performance_evaluations
    group by report_id

),

final as (

    select
        reports.report_id,
        reports.fiscal_year,
        reports.unit_name,
        reports.region_code,
        reports.region_name,
        reports.scope,
        {{ as_integer('staff.staff_total') }} as staff_total,
        {{ as_integer('staff.staff_serving') }} as staff_serving,
        {{ as_integer('staff.staff_retired') }} as staff_retired,
        totals.income_grand_total_wan_yuan,
        totals.income_current_year_wan_yuan,
        totals.expenditure_current_year_wan_yuan,
        totals.carry_over_year_end_wan_yuan,
        {#
            The income source 财政拨款收入 as the narrative prints it; a report whose income lines come
            from its 收入支出决算总表 (split by fund) has it as 本年收入合计 of 财政拨款收入支出决算总表.
        #}
        case
            when revenue_sources.source_kind = 'statement_table'
                then totals.fiscal_appropriation_current_year_income_wan_yuan
            else revenue_pivot.fiscal_appropriation_income_wan_yuan
        end as fiscal_appropriation_income_wan_yuan,
        revenue_pivot.fiscal_appropriation_income_share_pct,
        expenditure_pivot.basic_expenditure_wan_yuan,
        expenditure_pivot.basic_expenditure_share_pct,
        expenditure_pivot.project_expenditure_wan_yuan,
        expenditure_pivot.project_expenditure_share_pct,
        basic_costs.personnel_costs_wan_yuan,
        basic_costs.public_costs_wan_yuan,
        totals.general_budget_expenditure_wan_yuan,
        totals.general_budget_initial_budget_wan_yuan,
        totals.general_budget_variance_pct,
        totals.general_budget_completion_pct,
        three_public.three_public_actual_wan_yuan,
        three_public.three_public_budget_wan_yuan,
        three_public.travel_abroad_wan_yuan,
        three_public.official_vehicles_wan_yuan,
        three_public.official_reception_wan_yuan,
        operating_costs.amount_wan_yuan as operating_costs_wan_yuan,
        procurement_pivot.procurement_total_wan_yuan,
        {{ as_integer('vehicles.vehicles_held') }} as vehicles_held,
        {{ as_integer('performance.stated_evaluated_project_count') }} as stated_evaluated_project_count,
        performance.stated_evaluated_project_budget_wan_yuan,
        {{ as_integer('evaluation_counts.project_evaluation_tables') }} as project_evaluation_tables,
        cast(
            three_public.three_public_actual_wan_yuan / nullif(staff.staff_serving, 0) as decimal(18, 4)
        ) as three_public_per_serving_staff_wan_yuan,
        cast(
            operating_costs.amount_wan_yuan / nullif(staff.staff_serving, 0) as decimal(18, 4)
        ) as operating_costs_per_serving_staff_wan_yuan,
        cast(
            100 * basic_costs.personnel_costs_wan_yuan
            / nullif(expenditure_pivot.basic_expenditure_wan_yuan, 0) as decimal(18, 4)
        ) as personnel_share_of_basic_pct,
        case
            when report_sources.has_statement_tables = 1 then 'statement_table'
            else 'narrative'
        end as source_kind
    from reports
    left join staff on reports.report_id = staff.report_id
    left join totals on reports.report_id = totals.report_id
    left join revenue_pivot on reports.report_id = revenue_pivot.report_id
    left join expenditure_pivot on reports.report_id = expenditure_pivot.report_id
    left join basic_costs on reports.report_id = basic_costs.report_id
    left join three_public on reports.report_id = three_public.report_id
    left join operating_costs on reports.report_id = operating_costs.report_id
    left join procurement_pivot on reports.report_id = procurement_pivot.report_id
    left join vehicles on reports.report_id = vehicles.report_id
    left join performance on reports.report_id = performance.report_id
    left join evaluation_counts on reports.report_id = evaluation_counts.report_id
    left join report_sources on reports.report_id = report_sources.report_id
    left join mart_sources as revenue_sources
        on
            reports.report_id = revenue_sources.report_id
            and revenue_sources.mart_name = 'fct_revenue'

)

select * from final
