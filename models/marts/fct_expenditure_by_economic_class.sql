{#
    一般公共预算财政拨款支出 by 部门预算支出经济分类 类 (工资福利支出 …), where the report prints
    this split (Tongcheng among the narrative reports). A report with its
    一般公共预算财政拨款基本支出决算表 (statement table 6) takes that table's 类 lines instead: the
    classes of its basic expenditure, the split the statement tables print (no shares), never both.
#}
with

int_economic_classes_resolved as (

    select * from {{ ref('int_economic_classes_resolved') }}

),

statement_lines as (

    select * from {{ ref('int_statement_economic_lines_mapped') }}

),

mart_sources as (

    select * from {{ ref('int_mart_sources_chosen') }}
    where mart_name = 'fct_expenditure_by_economic_class'

),

narrative as (

    select
        int_economic_classes_resolved.report_id,
        int_economic_classes_resolved.ordinal as class_ordinal,
        int_economic_classes_resolved.subject_code as class_code,
        int_economic_classes_resolved.economic_class_name as class_name,
        int_economic_classes_resolved.economic_class_name_line as class_name_line,
        int_economic_classes_resolved.amount_wan_yuan,
        int_economic_classes_resolved.amount_wan_yuan_line,
        int_economic_classes_resolved.share_pct,
        int_economic_classes_resolved.share_pct_line,
        mart_sources.source_kind,
        cast(null as {{ dbt.type_int() }}) as source_page
    from int_economic_classes_resolved
    inner join mart_sources
        on int_economic_classes_resolved.report_id = mart_sources.report_id
    where mart_sources.source_kind = 'narrative'

),

statement as (

    select
        statement_lines.report_id,
        statement_lines.class_ordinal,
        statement_lines.subject_code as class_code,
        statement_lines.item_name as class_name,
        statement_lines.item_name_line as class_name_line,
        statement_lines.amount_wan_yuan,
        statement_lines.amount_wan_yuan_line,
        cast(null as decimal(18, 4)) as share_pct,
        cast(null as {{ dbt.type_int() }}) as share_pct_line,
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
        source_kind,
        source_page
    from unioned

)

select * from final
