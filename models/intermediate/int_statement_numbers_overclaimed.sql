{#
    Statement cells citing a PDF line for a value more times than the line prints it. A number
    printed once in a rendered line is one cell: a mistyped line number that lands on the next
    line, which happens to print the same value for another row, shows up here.
#}
with

statement_lines as (

    select * from {{ ref('stg_statement_lines') }}

),

document_lines as (

    select * from {{ ref('stg_document_lines') }}

),

claims as (

    select
        report_id,
        source_page,
        source_line,
        printed_text,
        count(*) as cells_citing
    from statement_lines
    where printed_amount is not null
    group by report_id, source_page, source_line, printed_text

),

printed_numbers as (

    select
        report_id,
        page_number,
        line_number,
        {{ unnest_printed_numbers('line_text', 'printed_number') }}
    from document_lines
    where page_number is not null

),

printings as (

    select
        report_id,
        page_number,
        line_number,
        printed_number,
        count(*) as times_printed
    from printed_numbers
    group by report_id, page_number, line_number, printed_number

),

final as (

    select
        claims.report_id,
        claims.source_page,
        claims.source_line,
        claims.printed_text,
        claims.cells_citing,
        coalesce(printings.times_printed, 0) as times_printed
    from claims
    left join printings
        on
            claims.report_id = printings.report_id
            and claims.source_page = printings.page_number
            and claims.source_line = printings.line_number
            and ltrim(claims.printed_text, '-') = printings.printed_number
    where claims.cells_citing > coalesce(printings.times_printed, 0)

)

select * from final
