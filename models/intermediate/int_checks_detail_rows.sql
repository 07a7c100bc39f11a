{#
    Where a table prints a line and then its rows by further classification (2010101 行政运行,
    then 2010101 × 30101 基本工资, 2010101 × 30102 津贴补贴: is_detail_of_printed_line), those
    detail rows add up to the line, in every column: one row per printed line and column with
    details, in the columns of macros/check_row.sql. A detail row belongs to the nearest line of
    its code printed above it (or, where the line follows its details, below it).
    Compared in the unit the table prints (元 or 万元) and named in the subject, so that the
    tolerance of n rounded parts is that of their printed digits: in 万元, a table printed in 元
    to the fen would round away what it compares.
#}
with

statement_lines as (

    select * from {{ ref('int_statement_lines_classified') }}

),

coded_lines as (

    select
        *,
        case when is_detail_of_printed_line then coalesce(
            max(case when not has_other_codes then row_no end) over (
                partition by report_id, table_no, side_no, subject_code, column_name
                order by row_no rows between unbounded preceding and current row
            ),
            min(case when not has_other_codes then row_no end) over (
                partition by report_id, table_no, side_no, subject_code, column_name
                order by row_no rows between current row and unbounded following
            )
        ) end as printed_line_row_no
    from statement_lines

),

detail_sums as (

    select
        report_id,
        table_no,
        side_no,
        column_name,
        printed_line_row_no,
        sum(printed_amount) as detail_sum,
        count(*) as detail_count,
        max(printed_decimals) as detail_decimals,
        {{ dbt.listagg(place('source_page', 'source_line'), "';'", 'order by source_page, source_line') }}
            as detail_places
    from coded_lines
    where is_detail_of_printed_line and printed_amount is not null
    group by report_id, table_no, side_no, column_name, printed_line_row_no

),

compared as (

    select
        printed_lines.report_id,
        {{ dbt.concat([
            'printed_lines.table_name', "'：'", 'printed_lines.subject_code', "' '",
            "coalesce(printed_lines.row_label, '')", "'＝明细行之和 / '", 'printed_lines.column_name',
            "' / '", "coalesce(printed_lines.printed_unit, '')"
        ]) }} as subject,
        printed_lines.printed_amount,
        printed_lines.printed_decimals,
        {{ place('printed_lines.source_page', 'printed_lines.source_line') }} as line_place,
        detail_sums.detail_sum,
        detail_sums.detail_count,
        detail_sums.detail_decimals,
        detail_sums.detail_places
    from coded_lines as printed_lines
    inner join detail_sums
        on
            printed_lines.report_id = detail_sums.report_id
            and printed_lines.table_no = detail_sums.table_no
            and printed_lines.side_no = detail_sums.side_no
            and printed_lines.column_name = detail_sums.column_name
            and printed_lines.row_no = detail_sums.printed_line_row_no
    where not printed_lines.has_other_codes and printed_lines.printed_amount is not null

),

final as (

    select
        {{ check_row(
            'statement_detail_rows',
            'subject',
            'printed_amount',
            'detail_sum',
            sum_tolerance('detail_count', 'greatest(printed_decimals, detail_decimals)'),
            ['line_place', 'detail_places']
        ) }}
    from compared

)

select * from final
