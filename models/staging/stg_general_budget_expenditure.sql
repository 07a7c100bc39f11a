{# 一般公共预算财政拨款支出: the total, each 类, each 款 budget line and each 类/款/项 line. #}
with

general_budget_expenditure as (

    select * from {{ seed_relation('general_budget_expenditure') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_text('line_level') }} as line_level,
        {{ as_integer('ordinal') }} as ordinal,
        {{ as_text('class_name') }} as class_name,
        {{ as_integer('class_name_page') }} as class_name_page,
        {{ as_integer('class_name_line') }} as class_name_line,
        {{ as_text('kuan_name') }} as kuan_name,
        {{ as_integer('kuan_name_page') }} as kuan_name_page,
        {{ as_integer('kuan_name_line') }} as kuan_name_line,
        {{ as_text('item_name') }} as item_name,
        {{ as_integer('item_name_page') }} as item_name_page,
        {{ as_integer('item_name_line') }} as item_name_line,
        {{ as_text('printed_code') }} as printed_code,
        {{ as_integer('printed_code_page') }} as printed_code_page,
        {{ as_integer('printed_code_line') }} as printed_code_line,
        {{ as_number('amount_wan_yuan') }} as amount_wan_yuan,
        {{ as_integer('amount_wan_yuan_page') }} as amount_wan_yuan_page,
        {{ as_integer('amount_wan_yuan_line') }} as amount_wan_yuan_line,
        {{ as_number('share_pct') }} as share_pct,
        {{ as_integer('share_pct_page') }} as share_pct_page,
        {{ as_integer('share_pct_line') }} as share_pct_line,
        {{ as_number('basic_wan_yuan') }} as basic_wan_yuan,
        {{ as_integer('basic_wan_yuan_page') }} as basic_wan_yuan_page,
        {{ as_integer('basic_wan_yuan_line') }} as basic_wan_yuan_line,
        {{ as_number('project_wan_yuan') }} as project_wan_yuan,
        {{ as_integer('project_wan_yuan_page') }} as project_wan_yuan_page,
        {{ as_integer('project_wan_yuan_line') }} as project_wan_yuan_line,
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
        {{ as_number('budget_excluded_fund_projects_wan_yuan') }} as budget_excluded_fund_projects_wan_yuan,
        {{ as_integer('budget_excluded_fund_projects_wan_yuan_page') }} as budget_excluded_fund_projects_wan_yuan_page,
        {{ as_integer('budget_excluded_fund_projects_wan_yuan_line') }} as budget_excluded_fund_projects_wan_yuan_line,
        {{ as_number('budget_variance_pct') }} as budget_variance_pct,
        {{ as_integer('budget_variance_pct_page') }} as budget_variance_pct_page,
        {{ as_integer('budget_variance_pct_line') }} as budget_variance_pct_line,
        {{ as_number('completion_pct') }} as completion_pct,
        {{ as_integer('completion_pct_page') }} as completion_pct_page,
        {{ as_integer('completion_pct_line') }} as completion_pct_line,
        {{ as_text('budget_reason') }} as budget_reason,
        {{ as_integer('budget_reason_page') }} as budget_reason_page,
        {{ as_integer('budget_reason_line') }} as budget_reason_line
    from general_budget_expenditure

)

select * from typed
