{#
    Checks of the other narrative sections: 三公 (parts, sub-items, shares, vehicles held
    against the state assets), 机关运行经费 against 公用经费, 政府采购, staff counts, vehicle
    types, and figures printed twice. One row per comparison (macros/check_row.sql).
#}
with

three_public_expenses as (

    select * from {{ ref('stg_three_public_expenses') }}

),

three_public_activity as (

    select * from {{ ref('stg_three_public_expenses_activity') }}

),

basic_expenditure_items as (

    select * from {{ ref('stg_basic_expenditure_items') }}

),

operating_costs as (

    select * from {{ ref('stg_operating_costs') }}

),

procurement as (

    select * from {{ ref('stg_procurement') }}

),

unit_overview as (

    select * from {{ ref('stg_unit_overview_figures') }}

),

state_assets as (

    select * from {{ ref('stg_state_assets') }}

),

restated_figures as (

    select * from {{ ref('stg_restated_figures') }}

),

transcribed_values as (

    select * from {{ ref('stg_transcribed_values') }}

),

{# Where each figure of a pivoted section is printed (macros/place.sql). #}
three_public_activity_placed as (

    select
        *,
        {{ place_of('activity_count') }} as activity_count_place
    from three_public_activity

),

state_assets_placed as (

    select
        *,
        {{ place_of('quantity') }} as quantity_place
    from state_assets

),

procurement_placed as (

    select
        *,
        {{ place_of('amount_wan_yuan') }} as amount_place,
        {{ place_of('share_pct') }} as share_place
    from procurement

),

unit_overview_placed as (

    select
        *,
        {{ place_of('figure_value') }} as figure_value_place
    from unit_overview

),

three_public_items as (

    select
        report_id,
        expense_item,
        amount_wan_yuan,
        {{ place_of('amount_wan_yuan') }} as amount_place,
        share_pct,
        {{ place_of('share_pct') }} as share_place,
        case
            when expense_item in ('因公出国（境）费', '公务用车购置及运行费', '公务接待费') then '三公经费合计'
            when expense_item in ('公务用车购置费', '公务用车运行费') then '公务用车购置及运行费'
            when expense_item in ('外宾接待费', '国内公务接待费') then '公务接待费'
        end as parent_item,
        {%- set row_key = dbt.concat(['report_id', "'|'", 'expense_item']) %}
        {{ printed_decimals_of('three_public_expenses', row_key, 'amount_wan_yuan') }} as amount_decimals,
        {{ printed_decimals_of('three_public_expenses', row_key, 'share_pct') }} as share_decimals
    from three_public_expenses

),

three_public_parent_sums as (

    {# The parts of each parent that the report prints; a parent with no printed parts is not checked. #}
    select
        parents.report_id,
        parents.expense_item,
        max(parents.amount_wan_yuan) as printed_total,
        max(parents.amount_place) as printed_total_place,
        max(parents.amount_decimals) as total_decimals,
        sum(parts.amount_wan_yuan) as parts_sum,
        count(parts.expense_item) as part_count,
        sum(case when parts.amount_wan_yuan is null then 1 else 0 end) as missing_parts
    from three_public_items as parents
    inner join three_public_items as parts
        on parents.report_id = parts.report_id and parents.expense_item = parts.parent_item
    group by parents.report_id, parents.expense_item

),

three_public_sums as (

    {% for check_id, condition in [
        ('three_public_parts_sum', "expense_item = '三公经费合计'"),
        ('three_public_sub_items_sum', "expense_item <> '三公经费合计'"),
    ] %}
    select
        {{ check_row(
            check_id, 'expense_item', 'printed_total', 'parts_sum', sum_tolerance('part_count', 'total_decimals'),
            ['printed_total_place'], missing='(printed_total is null or missing_parts > 0)'
        ) }}
    from three_public_parent_sums
    where {{ condition }}
    {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

three_public_shares as (

    select
        {{ check_row(
            'three_public_share', 'parts.expense_item', 'parts.share_pct',
            'case when totals.printed_total = 0 then 0 else 100 * parts.amount_wan_yuan / totals.printed_total end',
            'case when totals.printed_total = 0 then ' ~ half_unit('parts.share_decimals') ~ ' else '
                ~ rate_tolerance('parts.share_decimals', 'parts.amount_wan_yuan', 'totals.printed_total', 'totals.total_decimals')
                ~ ' end',
            ['parts.amount_place', 'parts.share_place', 'totals.printed_total_place'],
            missing='(parts.amount_wan_yuan is null or totals.printed_total is null)',
            report_id='parts.report_id'
        ) }}
    from three_public_items as parts
    inner join three_public_parent_sums as totals
        on parts.report_id = totals.report_id and totals.expense_item = '三公经费合计'
    where parts.parent_item = '三公经费合计' and parts.share_pct is not null

),

vehicles as (

    select
        reports.report_id,
        max(case when activity.measure = '保有量' then activity.activity_count end) as vehicles_held,
        max(case when activity.measure = '保有量' then activity.activity_count_place end) as vehicles_held_place,
        max(case when activity.measure = '固定资产车辆数' then activity.activity_count end) as fixed_asset_vehicles,
        max(case when activity.measure = '固定资产车辆数' then activity.activity_count_place end)
            as fixed_asset_vehicles_place,
        max(case when assets.asset_item = '车辆' then assets.quantity end) as asset_vehicles,
        max(case when assets.asset_item = '车辆' then assets.quantity_place end) as asset_vehicles_place
    from (select distinct report_id from three_public_activity) as reports
    left join three_public_activity_placed as activity
        on reports.report_id = activity.report_id
    left join state_assets_placed as assets
        on reports.report_id = assets.report_id
    group by reports.report_id

),

vehicles_held as (

    select
        {{ check_row(
            'vehicles_held_vs_assets', "'公务用车保有量 = 国有资产车辆'", 'vehicles_held', 'asset_vehicles', '0.5',
            ['vehicles_held_place', 'asset_vehicles_place'],
            missing='(vehicles_held is null or asset_vehicles is null)'
        ) }}
    from vehicles

    union all

    select
        {{ check_row(
            'vehicles_held_vs_assets', "'固定资产车辆（三公说明）= 国有资产车辆'", 'fixed_asset_vehicles', 'asset_vehicles', '0.5',
            ['fixed_asset_vehicles_place', 'asset_vehicles_place'],
            missing='(asset_vehicles is null)'
        ) }}
    from vehicles
    where fixed_asset_vehicles is not null

),

running_costs as (

    select
        {{ check_row(
            'operating_costs_vs_public_costs', "'机关运行经费 = 公用经费'", 'operating_costs.amount_wan_yuan',
            'public_costs.amount_wan_yuan', half_unit('2'),
            [
                place_of('operating_costs.amount_wan_yuan'),
                place_of('public_costs.amount_wan_yuan'),
            ],
            missing='(operating_costs.amount_wan_yuan is null or public_costs.amount_wan_yuan is null)',
            report_id='operating_costs.report_id'
        ) }}
    from operating_costs
    left join basic_expenditure_items as public_costs
        on
            operating_costs.report_id = public_costs.report_id
            and public_costs.cost_category = '公用经费'
            and public_costs.ordinal = 0

),

procurement_pivot as (

    select
        report_id,
        max(case when line_item = '政府采购支出总额' then amount_wan_yuan end) as total_amount,
        max(case when line_item = '政府采购支出总额' then amount_place end) as total_place,
        sum(
            case when line_item in ('政府采购货物支出', '政府采购工程支出', '政府采购服务支出') then amount_wan_yuan end
        ) as kinds_sum,
        sum(case when line_item in ('政府采购货物支出', '政府采购工程支出', '政府采购服务支出') then 1 else 0 end)
            as kind_count,
        max(case when line_item = '授予中小企业合同金额' then amount_wan_yuan end) as sme_amount,
        max(case when line_item = '授予中小企业合同金额' then amount_place end) as sme_place,
        max(case when line_item = '授予中小企业合同金额' then share_pct end) as sme_share,
        max(case when line_item = '授予中小企业合同金额' then share_place end) as sme_share_place,
        max(case when line_item = '授予小微企业合同金额' then amount_wan_yuan end) as small_amount,
        max(case when line_item = '授予小微企业合同金额' then amount_place end) as small_place,
        max(case when line_item = '授予小微企业合同金额' then share_pct end) as small_share,
        max(case when line_item = '授予小微企业合同金额' then share_place end) as small_share_place,
        {{ printed_decimals_of('procurement', dbt.concat(['report_id', "'|政府采购支出总额'"]), 'amount_wan_yuan') }}
            as total_decimals,
        {{ printed_decimals_of('procurement', dbt.concat(['report_id', "'|授予中小企业合同金额'"]), 'share_pct') }}
            as share_decimals
    from procurement_placed
    group by report_id

),

procurement_checks as (

    select
        {{ check_row(
            'procurement_kinds_sum', "'政府采购支出总额'", 'total_amount', 'kinds_sum',
            sum_tolerance('kind_count', 'total_decimals'), ['total_place'],
            missing='(total_amount is null or kind_count < 3)'
        ) }}
    from procurement_pivot

    union all

    select
        {{ check_row(
            'procurement_sme_within_total', "'授予中小企业合同金额 ≤ 政府采购支出总额'", 'sme_amount', 'total_amount',
            half_unit('total_decimals'), ['sme_place', 'total_place'],
            missing='(sme_amount is null or total_amount is null)', comparison='at_most'
        ) }}
    from procurement_pivot

    union all

    select
        {{ check_row(
            'procurement_sme_within_total', "'授予小微企业合同金额 ≤ 授予中小企业合同金额'", 'small_amount', 'sme_amount',
            half_unit('total_decimals'), ['small_place', 'sme_place'],
            missing='(small_amount is null or sme_amount is null)', comparison='at_most'
        ) }}
    from procurement_pivot

    union all

    select
        {{ check_row(
            'procurement_sme_share', "'授予中小企业合同金额占比'", 'sme_share',
            'case when total_amount = 0 then 0 else 100 * sme_amount / total_amount end',
            'case when total_amount = 0 then ' ~ half_unit('share_decimals') ~ ' else '
                ~ rate_tolerance('share_decimals', 'sme_amount', 'total_amount', 'total_decimals') ~ ' end',
            ['sme_place', 'sme_share_place', 'total_place'],
            missing='(sme_amount is null or total_amount is null)'
        ) }}
    from procurement_pivot
    where sme_share is not null

    union all

    select
        {{ check_row(
            'procurement_sme_share', "'授予小微企业合同金额占比'", 'small_share',
            'case when total_amount = 0 then 0 else 100 * small_amount / total_amount end',
            'case when total_amount = 0 then ' ~ half_unit('share_decimals') ~ ' else '
                ~ rate_tolerance('share_decimals', 'small_amount', 'total_amount', 'total_decimals') ~ ' end',
            ['small_place', 'small_share_place', 'total_place'],
            missing='(small_amount is null or total_amount is null)'
        ) }}
    from procurement_pivot
    where small_share is not null

),

staff as (

    select
        report_id,
        max(case when figure_name = '实有人数' then figure_value end) as staff_total,
        max(case when figure_name = '实有人数' then figure_value_place end) as staff_total_place,
        sum(case when figure_name in ('在职人员', '离休人员', '退休人员') then figure_value end) as staff_parts,
        sum(case when figure_name in ('在职人员', '离休人员', '退休人员') then 1 else 0 end) as staff_part_count
    from unit_overview_placed
    group by report_id

),

staff_identity as (

    select
        {{ check_row(
            'staff_identity', "'实有人数'", 'staff_total', 'staff_parts', '0.5', ['staff_total_place'],
            missing='(staff_part_count < 3)'
        ) }}
    from staff
    where staff_total is not null

),

vehicle_types as (

    select
        report_id,
        max(case when asset_item = '车辆' then quantity end) as vehicles,
        max(case when asset_item = '车辆' then quantity_place end) as vehicles_place,
        sum(case when {{ dbt.position("'用车'", 'asset_item') }} > 0 then quantity end) as types_sum,
        sum(case when {{ dbt.position("'用车'", 'asset_item') }} > 0 then 1 else 0 end) as type_count
    from state_assets_placed
    group by report_id

),

vehicle_types_sum as (

    select
        {{ check_row(
            'vehicle_types_sum', "'车辆'", 'vehicles', 'types_sum', '0.5', ['vehicles_place'],
            missing='(vehicles is null)'
        ) }}
    from vehicle_types
    where type_count > 0

),

restated as (

    select
        {{ check_row(
            'restated_figure_agrees',
            dbt.concat(['restated_figures.restated_seed_name', "':'", 'restated_figures.restated_row_key', "':'",
                        'restated_figures.restated_column_name', "'@'", as_text('restated_figures.restated_value_line')]),
            'restated_figures.restated_value', 'original.number_value', '0',
            [
                place_of('restated_figures.restated_value'),
                place_of('original.source'),
            ],
            missing='(original.number_value is null)',
            report_id='restated_figures.report_id'
        ) }}
    from restated_figures
    left join transcribed_values as original
        on
            restated_figures.restated_seed_name = original.seed_name
            and restated_figures.restated_row_key = original.row_key
            and restated_figures.restated_column_name = original.column_name

),

final as (

    select * from three_public_sums
    union all
    select * from three_public_shares
    union all
    select * from vehicles_held
    union all
    select * from running_costs
    union all
    select * from procurement_checks
    union all
    select * from staff_identity
    union all
    select * from vehicle_types_sum
    union all
    select * from restated

)

select * from final
