{#
    The source documents, one row per line: the provenance every transcribed figure cites.
    Line numbers count from 1 and include blank lines, as `grep -n` and `sed -n` show them.
#}
with

reports as (

    select * from {{ ref('stg_reports') }}

),

document_lines as (

    {{ document_lines(var('documents_glob', 'documents/*.txt')) }}

),

final as (

    select
        reports.report_id,
        document_lines.line_number,
        document_lines.line_text
    from document_lines
    inner join reports
        on document_lines.source_document = reports.source_document

)

select * from final
