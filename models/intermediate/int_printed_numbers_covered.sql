{#
    Per report: how many numbers its financial sections print, and how many of them are figures
    in the warehouse (a transcribed number found at that line). The financial sections are the
    document_sections of kind 'financial' where the report has them, else the whole document
    (a PDF read by its tables and text). Every printed number counts, as unnest_printed_numbers
    finds them (a year or an item's numbering too), so the share is a lower bound, comparable
    between reports of one template. On each line at most as many figures count as it prints.
#}
with

document_lines as (

    select * from {{ ref('stg_document_lines') }}

),

document_sections as (

    select * from {{ ref('stg_document_sections') }}

),

transcribed_values as (

    select * from {{ ref('int_transcribed_values_located') }}

),

financial_ranges as (

    select
        report_id,
        first_line,
        last_line
    from document_sections
    where section_kind = 'financial'

),

sectioned_reports as (

    select distinct report_id
    from financial_ranges

),

financial_lines as (

    select
        document_lines.report_id,
        document_lines.page_number,
        document_lines.line_number,
        document_lines.line_text
    from document_lines
    left join financial_ranges
        on
            document_lines.report_id = financial_ranges.report_id
            and document_lines.line_number between financial_ranges.first_line and financial_ranges.last_line
    left join sectioned_reports
        on document_lines.report_id = sectioned_reports.report_id
    where financial_ranges.report_id is not null or sectioned_reports.report_id is null

),

numbers_on_lines as (

    select
        report_id,
        page_number,
        line_number,
        {{ unnest_printed_numbers('line_text', 'printed_number') }}
    from financial_lines

),

printed_numbers as (

    select
        report_id,
        page_number,
        line_number,
        count(*) as printed_count
    from numbers_on_lines
    group by
        report_id,
        page_number,
        line_number

),

figures_at_lines as (

    select
        report_id,
        source_page,
        source_line,
        count(*) as figure_count
    from transcribed_values
    where value_kind = 'number' and is_found_at_line
    group by
        report_id,
        source_page,
        source_line

),

lines_covered as (

    select
        printed_numbers.report_id,
        printed_numbers.printed_count,
        case
            when figures_at_lines.figure_count is null then 0
            when figures_at_lines.figure_count < printed_numbers.printed_count then figures_at_lines.figure_count
            else printed_numbers.printed_count
        end as covered_count
    from printed_numbers
    left join figures_at_lines
        on
            printed_numbers.report_id = figures_at_lines.report_id
            and coalesce(printed_numbers.page_number, 0) = coalesce(figures_at_lines.source_page, 0)
            and printed_numbers.line_number = figures_at_lines.source_line

),

final as (

    select
        report_id,
        sum(printed_count) as printed_number_count,
        sum(covered_count) as warehouse_figure_count
    from lines_covered
    group by report_id

)

select * from final
