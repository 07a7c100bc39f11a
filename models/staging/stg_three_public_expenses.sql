{# 三公经费 items: actual, budget, changes, shares, reasons. #}
with

three_public_expenses as (

    select * from {{ seed_relation('three_public_expenses') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_text('expense_item') }} as expense_item,
        {{ as_number('amount_wan_yuan') }} as amount_wan_yuan,
        {{ as_integer('amount_wan_yuan_page') }} as amount_wan_yuan_page,
        {{ as_integer('amount_wan_yuan_line') }} as amount_wan_yuan_line,
        {{ as_number('share_pct') }} as share_pct,
        {{ as_integer('share_pct_page') }} as share_pct_page,
        {{ as_integer('share_pct_line') }} as share_pct_line,
        {{ as_number('yoy_change_wan_yuan') }} as yoy_change_wan_yuan,
        {{ as_integer('yoy_change_wan_yuan_page') }} as yoy_change_wan_yuan_page,
        {{ as_integer('yoy_change_wan_yuan_line') }} as yoy_change_wan_yuan_line,
        {{ as_number('yoy_growth_pct') }} as yoy_growth_pct,
        {{ as_integer('yoy_growth_pct_page') }} as yoy_growth_pct_page,
        {{ as_integer('yoy_growth_pct_line') }} as yoy_growth_pct_line,
        {{ as_text('reason') }} as reason,
        {{ as_integer('reason_page') }} as reason_page,
        {{ as_integer('reason_line') }} as reason_line,
        {{ as_number('budget_wan_yuan') }} as budget_wan_yuan,
        {{ as_integer('budget_wan_yuan_page') }} as budget_wan_yuan_page,
        {{ as_integer('budget_wan_yuan_line') }} as budget_wan_yuan_line,
        {{ as_number('budget_change_wan_yuan') }} as budget_change_wan_yuan,
        {{ as_integer('budget_change_wan_yuan_page') }} as budget_change_wan_yuan_page,
        {{ as_integer('budget_change_wan_yuan_line') }} as budget_change_wan_yuan_line,
        {{ as_number('budget_variance_pct') }} as budget_variance_pct,
        {{ as_integer('budget_variance_pct_page') }} as budget_variance_pct_page,
        {{ as_integer('budget_variance_pct_line') }} as budget_variance_pct_line,
        {{ as_number('completion_pct') }} as completion_pct,
        {{ as_integer('completion_pct_page') }} as completion_pct_page,
        {{ as_integer('completion_pct_line') }} as completion_pct_line,
        {{ as_text('budget_reason') }} as budget_reason,
        {{ as_integer('budget_reason_page') }} as budget_reason_page,
        {{ as_integer('budget_reason_line') }} as budget_reason_line,
        {{ as_text('spending_content') }} as spending_content,
        {{ as_integer('spending_content_page') }} as spending_content_page,
        {{ as_integer('spending_content_line') }} as spending_content_line
    from three_public_expenses

)

select * from typed
