{#
    The source documents, one row per line: the provenance every transcribed figure cites.
    A text document's lines count from 1 and include blank lines, as `grep -n` and `sed -n`
    show them (page_number is null). A PDF is cited by page and line on that page of the text
    rendering the project makes of it (documents/rendered/<pdf>.txt, pages separated by form
    feeds; fiscal_warehouse/intake/pdf.py).
#}
with

reports as (

    select * from {{ ref('stg_reports') }}

),

text_document_lines as (

    {{ document_lines(var('documents_glob', 'documents/*.txt')) }}

),

rendered_document_lines as (

    {{ rendered_document_lines(var('rendered_documents_glob', 'documents/rendered/*')) }}

),

document_lines as (

    select
        source_document,
        cast(null as {{ dbt.type_int() }}) as page_number,
        line_number,
        line_text
    from text_document_lines

    union all

    select
        source_document,
        page_number,
        line_number,
        line_text
    from rendered_document_lines

),

final as (

    select
        reports.report_id,
        document_lines.page_number,
        document_lines.line_number,
        document_lines.line_text
    from document_lines
    inner join reports
        on document_lines.source_document = reports.source_document

)

select * from final
