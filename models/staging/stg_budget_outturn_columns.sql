{# Which budget table and column pair with which final-accounts table and column (seeds/budget_outturn_columns.csv). #}
with

budget_outturn_columns as (

    select * from {{ seed_relation('budget_outturn_columns') }}

),

typed as (

    select
        {{ as_text('fund_scope') }} as fund_scope,
        {{ as_text('fund_scope_zh') }} as fund_scope_zh,
        {{ as_text('expenditure_type') }} as expenditure_type,
        {{ as_text('expenditure_type_zh') }} as expenditure_type_zh,
        {{ as_integer('budget_table_no') }} as budget_table_no,
        {{ as_text('budget_column_name') }} as budget_column_name,
        {{ as_integer('final_table_no') }} as final_table_no,
        {{ as_text('final_column_name') }} as final_column_name
    from budget_outturn_columns

)

select * from typed
