{# Which line of a budget's statement tables a sentence's figure restates (seeds/text_table_lines.csv). #}
with

text_table_lines as (

    select * from {{ seed_relation('text_table_lines') }}

),

typed as (

    select
        {{ as_integer('table_no') }} as table_no,
        {{ as_text('line_item') }} as line_item,
        {{ as_text('column_name') }} as column_name,
        {{ as_text('text_seed') }} as text_seed,
        {{ as_text('subject') }} as subject
    from text_table_lines

)

select * from typed
