{#
    Statement cells with what the checks and marts need: the table's name and layout, the
    classification level of the code, and the amount in 万元 (a table printed in 元 is
    divided by 10,000; the printed value and unit are kept).
#}
with

statement_lines as (

    select * from {{ ref('stg_statement_lines') }}

),

statement_tables as (

    select * from {{ ref('stg_statement_tables') }}

),

final as (

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
        cast(
            case statement_lines.printed_unit
                when '元' then statement_lines.printed_amount / 10000
                else statement_lines.printed_amount
            end as decimal(20, 6)
        ) as amount_wan_yuan,
        statement_lines.source_page,
        statement_lines.source_line,
        statement_lines.row_label_page,
        statement_lines.row_label_line
    from statement_lines
    inner join statement_tables
        on
            statement_lines.report_id = statement_tables.report_id
            and statement_lines.table_no = statement_tables.table_no

)

select * from final
