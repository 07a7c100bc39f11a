{#
    问题：各单位有几辆车，每辆车一年的公务用车运行费是多少？
    读法：每个报告一行。车辆数取国有资产占用情况的“车辆”数（vehicles_held），“三公”说明中的
    公务用车保有量（vehicles_in_three_public）一并列出以便对照；公务用车运行费为“三公”决算数
    （万元）。每辆车运行费 = 运行费 / 车辆数（计算值，万元/辆，四位小数；国有资产未列车辆数时用
    保有量）。注意车辆包括主要负责人用车、应急保障用车等，口径以原文为准。

    Question: how many vehicles does each unit hold, and what does each cost to run per year
    (公务用车运行费)?
    How to read: one row per report. vehicles_held is the 车辆 count of the state assets section;
    the fleet printed with 三公 (vehicles_in_three_public) is shown beside it for comparison; the
    running cost is the 三公 actual (万元). running_cost_per_vehicle_wan_yuan = running cost /
    vehicles (computed, 万元 per vehicle, 4 decimals; the 三公 fleet where the assets section
    prints no count).
#}
with

reports as (

    select * from {{ ref('dim_report') }}
    where document_kind = 'final_accounts'  -- budgets: analyses 15-17

),

state_assets as (

    select * from {{ ref('fct_state_assets') }}

),

three_public_expenses as (

    select * from {{ ref('fct_three_public_expenses') }}

),

three_public_activity as (

    select * from {{ ref('fct_three_public_expenses_activity') }}

),

vehicles as (

    select
        report_id,
        quantity as vehicles_held,
        quantity_line as vehicles_held_line
    from state_assets
    where asset_item = '车辆'

),

fleet as (

    select
        report_id,
        activity_count as vehicles_in_three_public,
        activity_count_line as vehicles_in_three_public_line
    from three_public_activity
    where
        expense_item = '公务用车购置及运行费'
        and measure = '保有量'

),

running_costs as (

    select
        report_id,
        actual_wan_yuan as running_cost_wan_yuan,
        actual_wan_yuan_line as running_cost_wan_yuan_line
    from three_public_expenses
    where expense_item = '公务用车运行费'

),

final as (

    select
        reports.report_id,
        reports.unit_name,
        {{ as_integer('vehicles.vehicles_held') }} as vehicles_held,
        {{ as_integer('fleet.vehicles_in_three_public') }} as vehicles_in_three_public,
        running_costs.running_cost_wan_yuan,
        cast(
            running_costs.running_cost_wan_yuan
            / nullif(coalesce(vehicles.vehicles_held, fleet.vehicles_in_three_public), 0) as decimal(18, 4)
        ) as running_cost_per_vehicle_wan_yuan,
        vehicles.vehicles_held_line,
        fleet.vehicles_in_three_public_line,
        running_costs.running_cost_wan_yuan_line
    from reports
    left join vehicles on reports.report_id = vehicles.report_id
    left join fleet on reports.report_id = fleet.report_id
    left join running_costs on reports.report_id = running_costs.report_id

)

select
    report_id,
    unit_name,
    vehicles_held,
    vehicles_in_three_public,
    running_cost_wan_yuan,
    running_cost_per_vehicle_wan_yuan,
    vehicles_held_line,
    vehicles_in_three_public_line,
    running_cost_wan_yuan_line
from final
order by running_cost_per_vehicle_wan_yuan desc nulls last, report_id asc
