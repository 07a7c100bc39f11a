{# Spending by 支出功能分类 类 as an explanation states it, per fund scope: amount, share and change from last year. #}
with

expenditure_by_class as (

    select * from {{ seed_relation('expenditure_by_class') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_text('fund_scope') }} as fund_scope,
        {{ as_text('class_name') }} as class_name,
        {{ as_integer('class_name_page') }} as class_name_page,
        {{ as_integer('class_name_line') }} as class_name_line,
        {{ as_number('amount_wan_yuan') }} as amount_wan_yuan,
        {{ as_integer('amount_wan_yuan_page') }} as amount_wan_yuan_page,
        {{ as_integer('amount_wan_yuan_line') }} as amount_wan_yuan_line,
        {{ as_number('share_pct') }} as share_pct,
        {{ as_integer('share_pct_page') }} as share_pct_page,
        {{ as_integer('share_pct_line') }} as share_pct_line,
        {{ as_number('yoy_change_wan_yuan') }} as yoy_change_wan_yuan,
        {{ as_integer('yoy_change_wan_yuan_page') }} as yoy_change_wan_yuan_page,
        {{ as_integer('yoy_change_wan_yuan_line') }} as yoy_change_wan_yuan_line
    from expenditure_by_class

)

select * from typed
