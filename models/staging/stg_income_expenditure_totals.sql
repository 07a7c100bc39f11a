{# Total lines of 收入支出决算总体情况, with the year-on-year statement. #}
with

income_expenditure_totals as (

    select * from {{ seed_relation('income_expenditure_totals') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_text('line_item') }} as line_item,
        {{ as_number('amount_wan_yuan') }} as amount_wan_yuan,
        {{ as_integer('amount_wan_yuan_page') }} as amount_wan_yuan_page,
        {{ as_integer('amount_wan_yuan_line') }} as amount_wan_yuan_line,
        {{ as_number('yoy_change_wan_yuan') }} as yoy_change_wan_yuan,
        {{ as_integer('yoy_change_wan_yuan_page') }} as yoy_change_wan_yuan_page,
        {{ as_integer('yoy_change_wan_yuan_line') }} as yoy_change_wan_yuan_line,
        {{ as_number('yoy_growth_pct') }} as yoy_growth_pct,
        {{ as_integer('yoy_growth_pct_page') }} as yoy_growth_pct_page,
        {{ as_integer('yoy_growth_pct_line') }} as yoy_growth_pct_line,
        {{ as_text('reason') }} as reason,
        {{ as_integer('reason_page') }} as reason_page,
        {{ as_integer('reason_line') }} as reason_line
    from income_expenditure_totals

)

select * from typed
