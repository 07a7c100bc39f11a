{# 财政拨款收入支出决算总体情况 by fund type, with year-on-year and budget comparisons. #}
with

fiscal_appropriation_totals as (

    select * from {{ seed_relation('fiscal_appropriation_totals') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_text('fund_type') }} as fund_type,
        {{ as_text('line_item') }} as line_item,
        {{ as_boolean('is_stated_none') }} as is_stated_none,
        {{ as_text('statement_text') }} as statement_text,
        {{ as_integer('statement_text_page') }} as statement_text_page,
        {{ as_integer('statement_text_line') }} as statement_text_line,
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
        {{ as_number('budget_variance_pct') }} as budget_variance_pct,
        {{ as_integer('budget_variance_pct_page') }} as budget_variance_pct_page,
        {{ as_integer('budget_variance_pct_line') }} as budget_variance_pct_line,
        {{ as_text('budget_reason') }} as budget_reason,
        {{ as_integer('budget_reason_page') }} as budget_reason_page,
        {{ as_integer('budget_reason_line') }} as budget_reason_line
    from fiscal_appropriation_totals

)

select * from typed
