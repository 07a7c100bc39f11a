{#
    A 其中 line of a statement table (其中：捐赠收入 under 其他收入) is a part of the line it
    stands under (int_statement_lines_classified: the nearest line above it on its side that is
    not one), so it cannot exceed that line in the same column: one row per printed 其中 cell,
    in the columns of macros/check_row.sql. A parent line with nothing printed in the column
    makes the row missing, never a zero. Compared in the unit the table prints.
#}
with

statement_lines as (

    select * from {{ ref('int_statement_lines_classified') }}

),

of_which_lines as (

    select * from statement_lines
    where is_of_which and amount_wan_yuan is not null

),

compared as (

    select
        of_which_lines.report_id,
        {{ dbt.concat([
            'of_which_lines.table_name', "'：'", 'of_which_lines.line_item', "' ≤ '",
            "coalesce(parent_lines.line_item, '')", "' / '", 'of_which_lines.column_name'
        ]) }} as subject,
        {# In the table's own unit: in 万元, decimal(18, 4) would round away the fen of a table in 元. #}
        {{ wan_yuan_in_unit('of_which_lines.amount_wan_yuan', yuan_exponent('of_which_lines.printed_unit')) }}
            as of_which_amount,
        {{ wan_yuan_in_unit('parent_lines.amount_wan_yuan', yuan_exponent('of_which_lines.printed_unit')) }}
            as parent_amount,
        {{ dbt.concat(["'p'", as_text('of_which_lines.source_page'), "':'", as_text('of_which_lines.source_line')]) }}
            as of_which_place,
        {{ dbt.concat(["'p'", as_text('parent_lines.source_page'), "':'", as_text('parent_lines.source_line')]) }}
            as parent_place
    from of_which_lines
    left join statement_lines as parent_lines
        on
            of_which_lines.report_id = parent_lines.report_id
            and of_which_lines.table_no = parent_lines.table_no
            and of_which_lines.side_no = parent_lines.side_no
            and of_which_lines.column_name = parent_lines.column_name
            and of_which_lines.of_which_parent_row_no = parent_lines.row_no

),

final as (

    select
        {{ check_row(
            'statement_of_which',
            'subject',
            'of_which_amount',
            'coalesce(parent_amount, 0)',
            '0',
            ['of_which_place', 'parent_place'],
            missing='parent_amount is null',
            comparison='at_most'
        ) }}
    from compared

)

select * from final
