{#
    The documents' non-blank lines in reading order (ordinal), whitespace removed, each with the
    place a finding cites (its number, or 'p<page>:<line>' in a PDF) and where it starts in its
    document's text (text_offset: the characters before it in int_document_texts), so that a
    match of a pattern in the whole text is placed at its line. A phrase broken across lines
    (决\n算数小于预算数) is found in the whole text and placed at the line where it starts.
    A table: the wording checks and the completeness of every report read it.
#}
{{ config(materialized='table') }}

with

document_lines as (

    select * from {{ ref('stg_document_lines') }}

),

numbered_lines as (

    select
        report_id,
        page_number,
        line_number,
        {#- Without the control characters chr(1) and chr(2): regexp_matches_located marks matches with them. #}
        replace(replace({{ squeeze_whitespace('line_text') }}, chr(1), ''), chr(2), '') as line_text,
        row_number() over (partition by report_id order by page_number, line_number) as ordinal
    from document_lines
    where trim(line_text) <> ''

),

final as (

    select
        report_id,
        ordinal,
        page_number,
        line_number,
        line_text,
        {{ place('page_number', 'line_number') }} as place,
        cast(coalesce(sum({{ dbt.length('line_text') }}) over (
            partition by report_id
            order by ordinal
            rows between unbounded preceding and 1 preceding
        ), 0) as {{ dbt.type_bigint() }}) as text_offset
    from numbered_lines

)

select * from final
