{#
    问题：每名在职人员摊到多少“三公”经费和机关运行经费？
    读法：每个报告一行。在职人数取自单位概况，“三公”经费合计与机关运行经费取自决算说明，
    均为公布数（万元），人均数为计算值（万元/人，四位小数）。报告未公布在职人数时人均数为空
    （通城县人社局只公布下属预算单位数，不公布人数），不是零。机关运行经费的统计口径各单位
    不同（scope_note），比较时先看口径。

    Question: how much 三公 spending and how much administrative running cost (机关运行经费)
    is there per serving staff member (在职人员)?
    How to read: one row per report. Staff from the unit overview, 三公 total and running costs
    from the accounts, all as published (万元); the per-head figures are computed (万元 per
    person, 4 decimals). Where a report prints no staff count the per-head figures are empty, not
    zero (Tongcheng prints only its number of budget units). Running costs are reported on
    different scopes (scope_note): read it before comparing.
#}
with

reports as (

    select * from {{ ref('dim_report') }}
    where document_kind = 'final_accounts'  -- budgets: analyses 15-17

),

unit_overview as (

    select * from {{ ref('fct_unit_overview') }}

),

three_public_expenses as (

    select * from {{ ref('fct_three_public_expenses') }}

),

operating_costs as (

    select * from {{ ref('fct_operating_costs') }}

),

serving_staff as (

    select
        report_id,
        {{ as_integer('figure_value') }} as serving_staff,
        figure_value_line as serving_staff_line
    from unit_overview
    where figure_name = '在职人员'

),

three_public_total as (

    select
        report_id,
        actual_wan_yuan as three_public_wan_yuan,
        actual_wan_yuan_line as three_public_wan_yuan_line
    from three_public_expenses
    where expense_item = '三公经费合计'

),

final as (

    select
        reports.report_id,
        reports.unit_name,
        serving_staff.serving_staff,
        three_public_total.three_public_wan_yuan,
        operating_costs.amount_wan_yuan as operating_costs_wan_yuan,
        operating_costs.scope_note as operating_costs_scope_note,
        cast(
            three_public_total.three_public_wan_yuan / nullif(serving_staff.serving_staff, 0) as decimal(18, 4)
        ) as three_public_per_serving_staff_wan_yuan,
        cast(
            operating_costs.amount_wan_yuan / nullif(serving_staff.serving_staff, 0) as decimal(18, 4)
        ) as operating_costs_per_serving_staff_wan_yuan,
        serving_staff.serving_staff_line,
        three_public_total.three_public_wan_yuan_line,
        operating_costs.amount_wan_yuan_line as operating_costs_wan_yuan_line
    from reports
    left join serving_staff on reports.report_id = serving_staff.report_id
    left join three_public_total on reports.report_id = three_public_total.report_id
    left join operating_costs on reports.report_id = operating_costs.report_id

)

select
    report_id,
    unit_name,
    serving_staff,
    three_public_wan_yuan,
    operating_costs_wan_yuan,
    operating_costs_scope_note,
    three_public_per_serving_staff_wan_yuan,
    operating_costs_per_serving_staff_wan_yuan,
    serving_staff_line,
    three_public_wan_yuan_line,
    operating_costs_wan_yuan_line
from final
order by report_id
