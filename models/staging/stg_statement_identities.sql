{#
    The statement tables' identities as data (seeds/statement_identities.csv): one row per
    part of "this line = the sum of those lines", with its sign, per table, side and column,
    as PUDL keeps its calculation components. int_checks_statements evaluates them all.
    Lines are named by their label without numbering (alternatives separated by |), or by a
    selector: 'above' (every line of the same side above the total, 其中 lines excepted),
    'code:301' (the line with that classification code), 'same_class' (the 类 line of the
    part table with the total line's name), '*' (every line, as the total). A column '*' is
    every column of the total's table, the part taking the same column. comparison is equal, or
    at_most where the total may be smaller (an economic item of basic expenditure against the
    三公 table, which also counts project expenditure).
#}
with

statement_identities as (

    select * from {{ seed_relation('statement_identities') }}

),

typed as (

    select
        {{ as_text('identity_id') }} as identity_id,
        {{ as_text('check_id') }} as check_id,
        {{ as_integer('table_no') }} as table_no,
        {{ as_integer('side_no') }} as side_no,
        {{ as_text('line_items') }} as line_items,
        coalesce({{ as_integer('occurrence') }}, 1) as occurrence,
        {{ as_text('column_name') }} as column_name,
        {{ as_integer('part_table_no') }} as part_table_no,
        {{ as_integer('part_side_no') }} as part_side_no,
        {{ as_text('part_line_items') }} as part_line_items,
        coalesce({{ as_integer('part_occurrence') }}, 1) as part_occurrence,
        {{ as_text('part_column_name') }} as part_column_name,
        {{ as_integer('sign') }} as sign,
        coalesce({{ as_text('comparison') }}, 'equal') as comparison,
        {{ as_text('description_zh') }} as description_zh
    from statement_identities

)

select * from typed
