{# 国有资产占用 figures (fixed assets, buildings, vehicles by type, large equipment). #}
with

state_assets as (

    select * from {{ seed_relation('state_assets') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_text('asset_item') }} as asset_item,
        {{ as_integer('ordinal') }} as ordinal,
        {{ as_text('quantity_unit') }} as quantity_unit,
        {{ as_number('quantity') }} as quantity,
        {{ as_integer('quantity_page') }} as quantity_page,
        {{ as_integer('quantity_line') }} as quantity_line,
        {{ as_number('value_wan_yuan') }} as value_wan_yuan,
        {{ as_integer('value_wan_yuan_page') }} as value_wan_yuan_page,
        {{ as_integer('value_wan_yuan_line') }} as value_wan_yuan_line,
        {{ as_text('note') }} as note,
        {{ as_integer('note_page') }} as note_page,
        {{ as_integer('note_line') }} as note_line
    from state_assets

)

select * from typed
