{#
    Where each report's rows of each subject mart come from: the report's statement tables when
    one of the tables the mart reads is found in its document, else its narrative transcription
    (the seeds). One source per report and mart, never both, so a sum over a mart never counts a
    figure twice. seeds/statement_mart_tables.csv lists which template tables feed which mart.
    The subject marts are the final accounts': a budget has no source here (its lines are in
    fct_statement_line and fct_budget_vs_outturn).
#}
with

reports as (

    select * from {{ ref('stg_reports') }}
    where document_kind = 'final_accounts'

),

statement_tables as (

    select * from {{ ref('stg_statement_tables') }}

),

mart_tables as (

    select * from {{ ref('stg_statement_mart_tables') }}

),

marts as (

    select distinct mart_name from mart_tables

),

marts_with_found_tables as (

    select distinct
        statement_tables.report_id,
        mart_tables.mart_name
    from statement_tables
    inner join mart_tables
        on statement_tables.table_no = mart_tables.table_no
    where statement_tables.table_status = 'found'

),

final as (

    select
        reports.report_id,
        marts.mart_name,
        case
            when marts_with_found_tables.report_id is not null then 'statement_table'
            else 'narrative'
        end as source_kind
    from reports
    cross join marts
    left join marts_with_found_tables
        on
            reports.report_id = marts_with_found_tables.report_id
            and marts.mart_name = marts_with_found_tables.mart_name

)

select * from final
