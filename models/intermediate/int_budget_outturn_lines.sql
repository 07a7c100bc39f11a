{#
    The 功能分类 lines of the tables that budget against outturn compares
    (seeds/budget_outturn_columns.csv), one row per report, fund scope, expenditure type and
    line: a code printed on several rows of one table (rows keyed by more than one
    classification) is summed here, with every place it is printed; where the table also prints
    the code's line alone, that line is taken, not its details as well. The 合计 row is the line
    '合计'. A code renumbered in a later catalogue (seeds/function_subject_renames.csv) is
    lined up under its new code, so that one department's lines line up across years.
#}
with

lines as (

    select * from {{ ref('int_statement_lines_classified') }}

),

columns as (

    select * from {{ ref('stg_budget_outturn_columns') }}

),

report_departments as (

    select * from {{ ref('int_report_departments') }}

),

renames as (

    select * from {{ ref('stg_function_subject_renames') }}

),

compared_cells as (

    select
        lines.report_id,
        report_departments.document_kind,
        columns.fund_scope,
        columns.fund_scope_zh,
        columns.expenditure_type,
        columns.expenditure_type_zh,
        lines.table_no,
        coalesce(renames.new_code, nullif(lines.subject_code, ''), '合计') as line_key,
        lines.line_item,
        lines.row_no,
        lines.amount_wan_yuan,
        {{ place('lines.source_page', 'lines.source_line') }} as place
    from lines
    inner join report_departments
        on lines.report_id = report_departments.report_id
    inner join columns
        on
            (
                report_departments.document_kind = 'budget'
                and lines.table_no = columns.budget_table_no
                and lines.column_name = columns.budget_column_name
            )
            or (
                report_departments.document_kind = 'final_accounts'
                and lines.table_no = columns.final_table_no
                and lines.column_name = columns.final_column_name
            )
    left join renames
        on
            lines.subject_code = renames.old_code
            and report_departments.fiscal_year < renames.first_year
    where
        lines.code_system = 'function'
        and not lines.is_detail_of_printed_line
        and (coalesce(lines.subject_code, '') <> '' or lines.line_item in ('合计', '总计'))

),

final as (

    select
        report_id,
        document_kind,
        fund_scope,
        fund_scope_zh,
        expenditure_type,
        expenditure_type_zh,
        line_key,
        min(table_no) as table_no,
        min(line_item) as line_item,
        count(*) as printed_row_count,
        cast(sum(amount_wan_yuan) as decimal(20, 6)) as amount_wan_yuan,
        {{ dbt.listagg('place', "';'", 'order by row_no') }} as source_places
    from compared_cells
    group by
        report_id,
        document_kind,
        fund_scope,
        fund_scope_zh,
        expenditure_type,
        expenditure_type_zh,
        line_key

)

select * from final
