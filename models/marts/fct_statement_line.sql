{#
    One row per cell of the statement tables that the PDF reports print: the table, the row
    (label, classification codes and level), the column, the amount in 万元 with the value and
    unit as printed, and the page and line where it is printed. A row keyed by several
    classifications at once (功能分类 × 部门经济分类 × 政府经济分类) carries all its codes.
#}
with

statement_lines as (

    select * from {{ ref('int_statement_lines_classified') }}

),

final as (

    select
        {{ dbt.concat([
            'report_id', "'|'", as_text('table_no'), "'|'", as_text('row_no'), "'|'",
            as_text('side_no'), "'|'", 'column_name'
        ]) }} as statement_line_id,
        report_id,
        table_no,
        table_name,
        row_no,
        side_no,
        row_label,
        line_item,
        nullif(subject_code, '') as subject_code,
        subject_level,
        case
            when code_system = 'function' and subject_code <> '' then subject_code else other_function_code
        end as function_subject_code,
        case
            when code_system = 'economic' and subject_code <> '' then subject_code else other_economic_code
        end as economic_subject_code,
        government_economic_code,
        is_detail_of_printed_line,
        column_name,
        cast(amount_wan_yuan as decimal(20, 6)) as amount_wan_yuan,
        printed_text as printed_value,
        printed_unit,
        source_page,
        source_line
    from statement_lines

)

select * from final
