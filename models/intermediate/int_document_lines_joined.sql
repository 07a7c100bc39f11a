{#
    The documents' non-blank lines in reading order, whitespace removed, each joined to the next
    non-blank line: where wording broken across two lines (决\n算数小于预算数) is found. place is
    how a finding cites the line: its number, or 'p<page>:<line>' in a PDF. text_offset is where
    the line starts in its document's text (int_document_texts): the characters before it.
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
        numbered_lines.report_id,
        numbered_lines.ordinal,
        numbered_lines.page_number,
        numbered_lines.line_number,
        numbered_lines.line_text,
        {{ dbt.concat(['numbered_lines.line_text', "coalesce(next_lines.line_text, '')"]) }} as joined_text,
        {{ place('numbered_lines.page_number', 'numbered_lines.line_number') }} as place,
        cast(coalesce(sum({{ dbt.length('numbered_lines.line_text') }}) over (
            partition by numbered_lines.report_id
            order by numbered_lines.ordinal
            rows between unbounded preceding and 1 preceding
        ), 0) as {{ dbt.type_bigint() }}) as text_offset
    from numbered_lines
    left join numbered_lines as next_lines
        on
            numbered_lines.report_id = next_lines.report_id
            and numbered_lines.ordinal + 1 = next_lines.ordinal

)

select * from final
