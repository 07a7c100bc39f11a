{#
    国有资产占用情况 at the end of the year: one row per report × item (fixed assets, buildings,
    vehicles and each vehicle type, equipment over 1 million 元), with quantity and value.
    The vehicle types are part of 车辆 (parent_item), so their quantities add up to it.
#}
with

state_assets as (

    select * from {{ ref('stg_state_assets') }}

),

final as (

    select
        {{ dbt.concat(['report_id', "'|'", 'asset_item']) }} as state_asset_id,
        report_id,
        ordinal,
        asset_item,
        case when {{ dbt.position("'用车'", 'asset_item') }} > 0 then '车辆' end as parent_item,
        quantity,
        quantity_unit,
        value_wan_yuan,
        note,
        quantity_line,
        value_wan_yuan_line,
        note_line
    from state_assets

)

select * from final
