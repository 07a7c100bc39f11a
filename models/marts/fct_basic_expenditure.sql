{#
    一般公共预算财政拨款基本支出 and its two cost categories as printed: one row per report and
    基本支出 / 人员经费 / 公用经费. The economic items listed under each category are in
    fct_expenditure_by_economic. A report with the statement tables 5 and 6 takes these three
    figures from them instead (int_statement_basic_expenditure_mapped), never both.
#}
with

stg_basic_expenditure_items as (

    select * from {{ ref('stg_basic_expenditure_items') }}

),

statement_categories as (

    select * from {{ ref('int_statement_basic_expenditure_mapped') }}

),

mart_sources as (

    select * from {{ ref('int_mart_sources_chosen') }}
    where mart_name = 'fct_basic_expenditure'

),

narrative as (

    {# ordinal 0 is the printed total of each category. #}
    select
        stg_basic_expenditure_items.report_id,
        stg_basic_expenditure_items.cost_category,
        stg_basic_expenditure_items.item_name_line as cost_category_line,
        stg_basic_expenditure_items.amount_wan_yuan,
        stg_basic_expenditure_items.amount_wan_yuan_line,
        mart_sources.source_kind,
        cast(null as {{ dbt.type_int() }}) as source_page
    from stg_basic_expenditure_items
    inner join mart_sources
        on stg_basic_expenditure_items.report_id = mart_sources.report_id
    where
        mart_sources.source_kind = 'narrative'
        and stg_basic_expenditure_items.ordinal = 0

),

statement as (

    select
        statement_categories.report_id,
        statement_categories.cost_category,
        statement_categories.cost_category_line,
        statement_categories.amount_wan_yuan,
        statement_categories.amount_wan_yuan_line,
        mart_sources.source_kind,
        statement_categories.source_page
    from statement_categories
    inner join mart_sources
        on statement_categories.report_id = mart_sources.report_id
    where
        mart_sources.source_kind = 'statement_table'
        and statement_categories.amount_wan_yuan is not null

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
        cost_category_line,
        cast(amount_wan_yuan as decimal(20, 6)) as amount_wan_yuan,
        amount_wan_yuan_line,
        source_kind,
        source_page
    from unioned

)

select * from final
