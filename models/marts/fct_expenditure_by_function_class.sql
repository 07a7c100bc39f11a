{#
    一般公共预算财政拨款支出 by 支出功能分类 类 as printed in the 结构情况 paragraph: amount,
    share and, where printed, its basic and project parts. A report with its
    一般公共预算财政拨款支出决算表 (statement table 5) takes that table's 类 lines instead
    (合计, 基本支出 and 项目支出; no shares), never both.
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
    where mart_name = 'fct_expenditure_by_function_class'

),

narrative as (

    select
        int_expenditure_lines_resolved.report_id,
        int_expenditure_lines_resolved.ordinal as class_ordinal,
        int_expenditure_lines_resolved.subject_code as class_code,
        int_expenditure_lines_resolved.class_name,
        int_expenditure_lines_resolved.class_name_line,
        int_expenditure_lines_resolved.amount_wan_yuan,
        int_expenditure_lines_resolved.amount_wan_yuan_line,
        int_expenditure_lines_resolved.share_pct,
        int_expenditure_lines_resolved.share_pct_line,
        int_expenditure_lines_resolved.basic_wan_yuan,
        int_expenditure_lines_resolved.basic_wan_yuan_line,
        int_expenditure_lines_resolved.project_wan_yuan,
        int_expenditure_lines_resolved.project_wan_yuan_line,
        mart_sources.source_kind,
        cast(null as {{ dbt.type_int() }}) as source_page
    from int_expenditure_lines_resolved
    inner join mart_sources
        on int_expenditure_lines_resolved.report_id = mart_sources.report_id
    where
        mart_sources.source_kind = 'narrative'
        and int_expenditure_lines_resolved.line_level = 'class'

),

statement as (

    select
        statement_lines.report_id,
        statement_lines.line_ordinal as class_ordinal,
        statement_lines.subject_code as class_code,
        statement_lines.class_name,
        statement_lines.class_name_line,
        statement_lines.amount_wan_yuan,
        statement_lines.amount_wan_yuan_line,
        cast(null as decimal(18, 4)) as share_pct,
        cast(null as {{ dbt.type_int() }}) as share_pct_line,
        statement_lines.basic_wan_yuan,
        statement_lines.basic_wan_yuan_line,
        statement_lines.project_wan_yuan,
        statement_lines.project_wan_yuan_line,
        mart_sources.source_kind,
        statement_lines.source_page
    from statement_lines
    inner join mart_sources
        on statement_lines.report_id = mart_sources.report_id
    where
        mart_sources.source_kind = 'statement_table'
        and statement_lines.subject_level = '类'
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
        class_ordinal,
        class_code,
        class_name,
        class_name_line,
        cast(amount_wan_yuan as decimal(20, 6)) as amount_wan_yuan,
        amount_wan_yuan_line,
        share_pct,
        share_pct_line,
        cast(basic_wan_yuan as decimal(20, 6)) as basic_wan_yuan,
        basic_wan_yuan_line,
        cast(project_wan_yuan as decimal(20, 6)) as project_wan_yuan,
        project_wan_yuan_line,
        source_kind,
        source_page
    from unioned

)

select * from final
