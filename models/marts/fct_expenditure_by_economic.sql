{#
    Basic expenditure (基本支出) by 部门预算支出经济分类 款: one row per economic item a report
    lists under 人员经费 or 公用经费, with its amount where printed (the Xinjiang reports list
    the names only). The category totals are in fct_basic_expenditure. A report with its
    一般公共预算财政拨款基本支出决算表 (statement table 6) takes that table's 款 lines instead, each
    under the category of its 类 (int_statement_economic_lines_mapped), never both.
#}
with

int_basic_expenditure_items_resolved as (

    select * from {{ ref('int_basic_expenditure_items_resolved') }}

),

statement_lines as (

    select * from {{ ref('int_statement_economic_lines_mapped') }}

),

mart_sources as (

    select * from {{ ref('int_mart_sources_chosen') }}
    where mart_name = 'fct_expenditure_by_economic'

),

narrative as (

    select
        int_basic_expenditure_items_resolved.report_id,
        int_basic_expenditure_items_resolved.cost_category,
        int_basic_expenditure_items_resolved.ordinal as item_ordinal,
        int_basic_expenditure_items_resolved.subject_code,
        int_basic_expenditure_items_resolved.class_code,
        int_basic_expenditure_items_resolved.item_name,
        int_basic_expenditure_items_resolved.item_name_line,
        int_basic_expenditure_items_resolved.amount_wan_yuan,
        int_basic_expenditure_items_resolved.amount_wan_yuan_line,
        mart_sources.source_kind,
        cast(null as {{ dbt.type_int() }}) as source_page
    from int_basic_expenditure_items_resolved
    inner join mart_sources
        on int_basic_expenditure_items_resolved.report_id = mart_sources.report_id
    where mart_sources.source_kind = 'narrative'

),

statement as (

    select
        statement_lines.report_id,
        statement_lines.cost_category,
        statement_lines.item_ordinal,
        statement_lines.subject_code,
        statement_lines.class_code,
        statement_lines.item_name,
        statement_lines.item_name_line,
        statement_lines.amount_wan_yuan,
        statement_lines.amount_wan_yuan_line,
        mart_sources.source_kind,
        statement_lines.source_page
    from statement_lines
    inner join mart_sources
        on statement_lines.report_id = mart_sources.report_id
    where
        mart_sources.source_kind = 'statement_table'
        and statement_lines.subject_level = '款'

),

unioned as (

    select * from narrative
    union all
    select * from statement

),

final as (

    select
        report_id,
        cost_category,
        item_ordinal,
        subject_code,
        class_code,
        item_name,
        item_name_line,
        cast(amount_wan_yuan as decimal(20, 6)) as amount_wan_yuan,
        amount_wan_yuan_line,
        source_kind,
        source_page
    from unioned

)

select * from final
