{#
    一般公共预算财政拨款支出 by 支出功能分类科目 at the finest level each report prints: every 项
    line, and a 款 line only where the report prints no 项 under that 款 (Tongcheng prints 类
    and 款 only). No total or 类 rows, so a plain sum per report is the report's spending.
#}
with

int_expenditure_lines_resolved as (

    select * from {{ ref('int_expenditure_lines_resolved') }}

),

kuans_with_items as (

    select distinct
        report_id,
        kuan_code
    from int_expenditure_lines_resolved
    where line_level = 'item'

),

finest_lines as (

    select int_expenditure_lines_resolved.*
    from int_expenditure_lines_resolved
    left join kuans_with_items
        on
            int_expenditure_lines_resolved.report_id = kuans_with_items.report_id
            and int_expenditure_lines_resolved.subject_code = kuans_with_items.kuan_code
    where
        int_expenditure_lines_resolved.line_level = 'item'
        or (
            int_expenditure_lines_resolved.line_level = 'kuan'
            and kuans_with_items.kuan_code is null
        )

),

final as (

    select
        report_id,
        subject_level as line_level,
        ordinal as line_ordinal,
        subject_code,
        class_name,
        class_name_line,
        kuan_name,
        kuan_name_line,
        item_name,
        item_name_line,
        amount_wan_yuan,
        amount_wan_yuan_line,
        yoy_change_wan_yuan,
        yoy_change_wan_yuan_line,
        yoy_growth_pct,
        yoy_growth_pct_line,
        {# Derived, not printed: this year's amount less the printed change. #}
        {{ as_number('amount_wan_yuan - yoy_change_wan_yuan') }} as prior_year_amount_wan_yuan,
        budget_wan_yuan,
        budget_wan_yuan_line,
        budget_excluded_fund_projects_wan_yuan,
        budget_excluded_fund_projects_wan_yuan_line,
        completion_pct,
        completion_pct_line,
        budget_variance_pct,
        budget_variance_pct_line,
        reason,
        reason_line,
        budget_reason,
        budget_reason_line
    from finest_lines

)

select * from final
