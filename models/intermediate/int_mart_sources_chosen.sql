{#
    Where each report's rows of each subject mart come from: the report's statement tables when
    one of the tables the mart reads is found in its document, else its narrative transcription
    (the seeds). One source per report and mart, never both, so a sum over a mart never counts a
    figure twice. mart_tables lists which template tables feed which mart.
#}
with

reports as (

    select * from {{ ref('stg_reports') }}

),

statement_tables as (

    select * from {{ ref('stg_statement_tables') }}

),

mart_tables as (

    select
        'fct_account_totals' as mart_name,
        1 as table_no
    union all
    select
        'fct_account_totals' as mart_name,
        4 as table_no
    union all
    select
        'fct_revenue' as mart_name,
        1 as table_no
    union all
    select
        'fct_expenditure' as mart_name,
        3 as table_no
    union all
    select
        'fct_expenditure_by_function' as mart_name,
        5 as table_no
    union all
    select
        'fct_expenditure_by_function_class' as mart_name,
        5 as table_no
    union all
    select
        'fct_basic_expenditure' as mart_name,
        5 as table_no
    union all
    select
        'fct_basic_expenditure' as mart_name,
        6 as table_no
    union all
    select
        'fct_expenditure_by_economic' as mart_name,
        6 as table_no
    union all
    select
        'fct_expenditure_by_economic_class' as mart_name,
        6 as table_no
    union all
    select
        'fct_three_public_expenses' as mart_name,
        7 as table_no

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
