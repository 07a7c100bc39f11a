{# Which statement tables feed which subject mart (seeds/statement_mart_tables.csv). #}
with

statement_mart_tables as (

    select * from {{ seed_relation('statement_mart_tables') }}

),

typed as (

    select
        {{ as_text('mart_name') }} as mart_name,
        {{ as_integer('table_no') }} as table_no
    from statement_mart_tables

)

select * from typed
