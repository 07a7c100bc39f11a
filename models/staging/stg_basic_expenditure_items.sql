{# Basic expenditure: 人员经费 and 公用经费 totals and their economic items. #}
with

basic_expenditure_items as (

    select * from {{ seed_relation('basic_expenditure_items') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_text('cost_category') }} as cost_category,
        {{ as_integer('ordinal') }} as ordinal,
        {{ as_text('item_name') }} as item_name,
        {{ as_integer('item_name_page') }} as item_name_page,
        {{ as_integer('item_name_line') }} as item_name_line,
        {{ as_number('amount_wan_yuan') }} as amount_wan_yuan,
        {{ as_integer('amount_wan_yuan_page') }} as amount_wan_yuan_page,
        {{ as_integer('amount_wan_yuan_line') }} as amount_wan_yuan_line
    from basic_expenditure_items

)

select * from typed
