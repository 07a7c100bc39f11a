{# 机关运行经费 statement. #}
with

operating_costs as (

    select * from {{ seed_relation('operating_costs') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_text('scope_note') }} as scope_note,
        {{ as_number('amount_wan_yuan') }} as amount_wan_yuan,
        {{ as_integer('amount_wan_yuan_page') }} as amount_wan_yuan_page,
        {{ as_integer('amount_wan_yuan_line') }} as amount_wan_yuan_line,
        {{ as_number('yoy_change_wan_yuan') }} as yoy_change_wan_yuan,
        {{ as_integer('yoy_change_wan_yuan_page') }} as yoy_change_wan_yuan_page,
        {{ as_integer('yoy_change_wan_yuan_line') }} as yoy_change_wan_yuan_line,
        {{ as_number('yoy_growth_pct') }} as yoy_growth_pct,
        {{ as_integer('yoy_growth_pct_page') }} as yoy_growth_pct_page,
        {{ as_integer('yoy_growth_pct_line') }} as yoy_growth_pct_line,
        {{ as_number('budget_change_wan_yuan') }} as budget_change_wan_yuan,
        {{ as_integer('budget_change_wan_yuan_page') }} as budget_change_wan_yuan_page,
        {{ as_integer('budget_change_wan_yuan_line') }} as budget_change_wan_yuan_line,
        {{ as_number('budget_variance_pct') }} as budget_variance_pct,
        {{ as_integer('budget_variance_pct_page') }} as budget_variance_pct_page,
        {{ as_integer('budget_variance_pct_line') }} as budget_variance_pct_line,
        {{ as_text('reason') }} as reason,
        {{ as_integer('reason_page') }} as reason_page,
        {{ as_integer('reason_line') }} as reason_line
    from operating_costs

)

select * from typed
