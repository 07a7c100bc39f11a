{#
    一般公共预算财政拨款支出 by 支出功能分类科目 at the finest level each report prints: every 项
    line, and a 款 line only where the report prints no 项 under that 款 (Tongcheng prints 类
    and 款 only). No total or 类 rows, so a plain sum per report is the report's spending.
    A report with its 一般公共预算财政拨款支出决算表 (statement table 5) takes that table's finest
    lines instead (int_statement_function_lines_mapped: amounts and names only), never both.
#}
with

int_expenditure_lines_resolved as (

    select * from {{ ref('int_expenditure_lines_resolved') }}

),

statement_lines as (

    select * from {{ ref('int_statement_function_lines_mapped') }}

),

mart_sources as (

    select * from {{ ref('int_mart_sources_chosen') }}
    where mart_name = 'fct_expenditure_by_function'

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

narrative as (

    select
        finest_lines.report_id,
        finest_lines.subject_level as line_level,
        finest_lines.ordinal as line_ordinal,
        finest_lines.subject_code,
        finest_lines.class_name,
        finest_lines.class_name_line,
        finest_lines.kuan_name,
        finest_lines.kuan_name_line,
        finest_lines.item_name,
        finest_lines.item_name_line,
        finest_lines.amount_wan_yuan,
        finest_lines.amount_wan_yuan_line,
        finest_lines.yoy_change_wan_yuan,
        finest_lines.yoy_change_wan_yuan_line,
        finest_lines.yoy_growth_pct,
        finest_lines.yoy_growth_pct_line,
        {# Derived, not printed: this year's amount less the printed change. #}
        {{ as_number('finest_lines.amount_wan_yuan - finest_lines.yoy_change_wan_yuan') }}
            as prior_year_amount_wan_yuan,
        finest_lines.budget_wan_yuan,
        finest_lines.budget_wan_yuan_line,
        finest_lines.budget_excluded_fund_projects_wan_yuan,
        finest_lines.budget_excluded_fund_projects_wan_yuan_line,
        finest_lines.completion_pct,
        finest_lines.completion_pct_line,
        finest_lines.budget_variance_pct,
        finest_lines.budget_variance_pct_line,
        finest_lines.reason,
        finest_lines.reason_line,
        finest_lines.budget_reason,
        finest_lines.budget_reason_line,
        mart_sources.source_kind,
        cast(null as {{ dbt.type_int() }}) as source_page
    from finest_lines
    inner join mart_sources
        on finest_lines.report_id = mart_sources.report_id
    where mart_sources.source_kind = 'narrative'

),

statement as (

    {# A line printed with a dash instead of its amount has nothing to report. #}
    select
        statement_lines.report_id,
        statement_lines.subject_level as line_level,
        statement_lines.line_ordinal,
        statement_lines.subject_code,
        statement_lines.class_name,
        statement_lines.class_name_line,
        statement_lines.kuan_name,
        statement_lines.kuan_name_line,
        statement_lines.item_name,
        statement_lines.item_name_line,
        statement_lines.amount_wan_yuan,
        statement_lines.amount_wan_yuan_line,
        cast(null as decimal(18, 4)) as yoy_change_wan_yuan,
        cast(null as {{ dbt.type_int() }}) as yoy_change_wan_yuan_line,
        cast(null as decimal(18, 4)) as yoy_growth_pct,
        cast(null as {{ dbt.type_int() }}) as yoy_growth_pct_line,
        cast(null as decimal(18, 4)) as prior_year_amount_wan_yuan,
        cast(null as decimal(18, 4)) as budget_wan_yuan,
        cast(null as {{ dbt.type_int() }}) as budget_wan_yuan_line,
        cast(null as decimal(18, 4)) as budget_excluded_fund_projects_wan_yuan,
        cast(null as {{ dbt.type_int() }}) as budget_excluded_fund_projects_wan_yuan_line,
        cast(null as decimal(18, 4)) as completion_pct,
        cast(null as {{ dbt.type_int() }}) as completion_pct_line,
        cast(null as decimal(18, 4)) as budget_variance_pct,
        cast(null as {{ dbt.type_int() }}) as budget_variance_pct_line,
        cast(null as {{ dbt.type_string() }}) as reason,
        cast(null as {{ dbt.type_int() }}) as reason_line,
        cast(null as {{ dbt.type_string() }}) as budget_reason,
        cast(null as {{ dbt.type_int() }}) as budget_reason_line,
        mart_sources.source_kind,
        statement_lines.source_page
    from statement_lines
    inner join mart_sources
        on statement_lines.report_id = mart_sources.report_id
    where
        mart_sources.source_kind = 'statement_table'
        and statement_lines.is_finest_line
        and statement_lines.amount_wan_yuan is not null

),

unioned as (

    select * from narrative
    union all
    select * from statement

),

final as (

    select
        report_id,
        line_level,
        line_ordinal,
        subject_code,
        class_name,
        class_name_line,
        kuan_name,
        kuan_name_line,
        item_name,
        item_name_line,
        cast(amount_wan_yuan as decimal(20, 6)) as amount_wan_yuan,
        amount_wan_yuan_line,
        yoy_change_wan_yuan,
        yoy_change_wan_yuan_line,
        yoy_growth_pct,
        yoy_growth_pct_line,
        prior_year_amount_wan_yuan,
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
        budget_reason_line,
        source_kind,
        source_page
    from unioned

)

select * from final
