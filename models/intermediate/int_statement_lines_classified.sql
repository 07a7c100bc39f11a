{#
    Statement cells with what the checks and marts need: the table's name and layout, the
    classification level of the code, the codes of further classifications keying the row
    (部门经济分类 beside 功能分类), and the amount in 万元 (a table printed in 元 is divided by
    10,000, macros/amount_units.sql; the printed value and unit are kept).
#}
with

statement_lines as (

    select * from {{ ref('stg_statement_lines') }}

),

statement_tables as (

    select * from {{ ref('stg_statement_tables') }}

),

statement_line_codes as (

    select * from {{ ref('stg_statement_line_codes') }}

),

row_codes as (

    {# A row's further codes side by side: one column per classification. #}
    select
        report_id,
        table_no,
        row_no,
        side_no,
        max(case when code_system = 'function' then subject_code end) as other_function_code,
        max(case when code_system = 'economic' then subject_code end) as other_economic_code,
        max(case when code_system = 'government_economic' then subject_code end) as government_economic_code
    from statement_line_codes
    group by report_id, table_no, row_no, side_no

),

coded as (

    select
        statement_lines.report_id,
        statement_lines.table_no,
        statement_tables.table_name,
        statement_tables.table_layout,
        statement_tables.code_system,
        statement_lines.row_no,
        statement_lines.side_no,
        statement_lines.row_label,
        statement_lines.line_item,
        statement_lines.subject_code,
        case {{ dbt.length('statement_lines.subject_code') }}
            when 3 then '类'
            when 5 then '款'
            when 7 then '项'
        end as subject_level,
        statement_lines.column_name,
        statement_lines.printed_text,
        statement_lines.printed_amount,
        statement_lines.printed_decimals,
        statement_lines.printed_unit,
        {{ printed_in_wan_yuan('statement_lines.printed_amount', yuan_exponent('statement_lines.printed_unit')) }}
            as amount_wan_yuan,
        statement_lines.source_page,
        statement_lines.source_line,
        statement_lines.row_label_page,
        statement_lines.row_label_line,
        row_codes.other_function_code,
        row_codes.other_economic_code,
        row_codes.government_economic_code,
        row_codes.row_no is not null as has_other_codes,
        coalesce(statement_lines.line_item like '其中%', false) as is_of_which
    from statement_lines
    inner join statement_tables
        on
            statement_lines.report_id = statement_tables.report_id
            and statement_lines.table_no = statement_tables.table_no
    left join row_codes
        on
            statement_lines.report_id = row_codes.report_id
            and statement_lines.table_no = row_codes.table_no
            and statement_lines.row_no = row_codes.row_no
            and statement_lines.side_no = row_codes.side_no

),

final as (

    {#
        A row keyed by further classifications is a detail of its code's line where the table
        also prints that line alone (2010101 行政运行, then 2010101 × 30101, 2010101 × 30102):
        sums over the table's own codes then count the line, not its details too.
        A 其中 line (其中：捐赠收入) is part of the nearest line above it on its side that is not
        one: sums leave it out, and int_checks_of_which compares it with that line.
    #}
    select
        coded.*,
        coded.has_other_codes and max(case when coded.has_other_codes then 0 else 1 end) over (
            partition by coded.report_id, coded.table_no, coded.side_no, coded.subject_code, coded.column_name
        ) = 1 as is_detail_of_printed_line,
        case when coded.is_of_which then max(case when not coded.is_of_which then coded.row_no end) over (
            partition by coded.report_id, coded.table_no, coded.side_no
            order by coded.row_no rows between unbounded preceding and current row
        ) end as of_which_parent_row_no
    from coded

)

select * from final
