{#
    一般公共预算财政拨款基本支出 and its two cost categories as printed: one row per report and
    基本支出 / 人员经费 / 公用经费. The economic items listed under each category are in
    fct_expenditure_by_economic.
#}
with

stg_basic_expenditure_items as (

    select * from {{ ref('stg_basic_expenditure_items') }}

),

final as (

    {# ordinal 0 is the printed total of each category. #}
    select
        report_id,
        cost_category,
        item_name_line as cost_category_line,
        amount_wan_yuan,
        amount_wan_yuan_line
    from stg_basic_expenditure_items
    where ordinal = 0

)

select * from final
