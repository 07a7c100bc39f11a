{#
    Where the tables print the 类 lines an explanation states per fund scope, and the total their
    shares are of (seeds/text_class_tables.csv).
#}
with

text_class_tables as (

    select * from {{ seed_relation('text_class_tables') }}

),

typed as (

    select
        {{ as_text('fund_scope') }} as fund_scope,
        {{ as_integer('table_no') }} as table_no,
        {{ as_text('column_name') }} as column_name,
        {{ as_integer('total_table_no') }} as total_table_no,
        {{ as_text('total_line_item') }} as total_line_item,
        {{ as_text('total_column_name') }} as total_column_name
    from text_class_tables

)

select * from typed
