{#
    Income by source (收入决算情况说明): one row per report × 收入来源 with the
    amount and share as published. The section's printed total (本年收入合计) is carried on
    every row rather than as a row of its own, so that sum(amount_wan_yuan) adds the parts only;
    a 其中 line (其中：捐赠收入, is_of_which) is part of another line and is left out of sums.
    A report with its 收入支出决算总表 takes the income lines of that table instead
    (int_statement_revenue_mapped: named as printed, no shares), never both.
#}
with

lines as (

    select * from {{ ref('stg_income_by_source') }}

),

statement_revenue as (

    select * from {{ ref('int_statement_revenue_mapped') }}

),

mart_sources as (

    select * from {{ ref('int_mart_sources_chosen') }}
    where mart_name = 'fct_revenue'

),

parts as (

    select * from lines
    where ordinal > 0

),

printed_totals as (

    select
        report_id,
        amount_wan_yuan as printed_total_wan_yuan,
        amount_wan_yuan_line as printed_total_wan_yuan_line
    from lines
    where ordinal = 0

),

narrative as (

    select
        parts.report_id,
        parts.ordinal,
        parts.line_item as income_source,
        false as is_of_which,
        cast(null as {{ dbt.type_string() }}) as of_which_parent,
        parts.amount_wan_yuan,
        parts.share_pct,
        printed_totals.printed_total_wan_yuan,
        parts.amount_wan_yuan_line,
        parts.share_pct_line,
        printed_totals.printed_total_wan_yuan_line,
        mart_sources.source_kind,
        cast(null as {{ dbt.type_int() }}) as source_page
    from parts
    inner join mart_sources
        on parts.report_id = mart_sources.report_id
    left join printed_totals
        on parts.report_id = printed_totals.report_id
    where mart_sources.source_kind = 'narrative'

),

statement as (

    select
        statement_revenue.report_id,
        statement_revenue.ordinal,
        statement_revenue.income_source,
        statement_revenue.is_of_which,
        statement_revenue.of_which_parent,
        statement_revenue.amount_wan_yuan,
        cast(null as decimal(18, 4)) as share_pct,
        statement_revenue.printed_total_wan_yuan,
        statement_revenue.amount_wan_yuan_line,
        cast(null as {{ dbt.type_int() }}) as share_pct_line,
        statement_revenue.printed_total_wan_yuan_line,
        mart_sources.source_kind,
        statement_revenue.source_page
    from statement_revenue
    inner join mart_sources
        on statement_revenue.report_id = mart_sources.report_id
    where mart_sources.source_kind = 'statement_table'

),

unioned as (

    select * from narrative
    union all
    select * from statement

),

final as (

    select
        {{ dbt.concat(['report_id', "'|'", 'income_source']) }} as revenue_line_id,
        report_id,
        ordinal,
        income_source,
        is_of_which,
        of_which_parent,
        cast(amount_wan_yuan as decimal(20, 6)) as amount_wan_yuan,
        share_pct,
        cast(printed_total_wan_yuan as decimal(20, 6)) as printed_total_wan_yuan,
        amount_wan_yuan_line,
        share_pct_line,
        printed_total_wan_yuan_line,
        source_kind,
        source_page
    from unioned

)

select * from final
