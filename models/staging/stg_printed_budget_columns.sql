{#
    Where final accounts print their own 年初预算, and the budget column printing the same
    figure (seeds/printed_budget_columns.csv).
#}
with

printed_budget_columns as (

    select * from {{ seed_relation('printed_budget_columns') }}

),

typed as (

    select
        {{ as_integer('final_table_no') }} as final_table_no,
        {{ as_text('final_column_name') }} as final_column_name,
        {{ as_integer('budget_table_no') }} as budget_table_no,
        {{ as_text('budget_column_name') }} as budget_column_name
    from printed_budget_columns

)

select * from typed
