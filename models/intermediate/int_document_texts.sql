{#
    Each document's text in one string: its non-blank lines without whitespace, in reading order,
    so that a pattern read from a seed is applied once per document, not once per line (a pattern
    that is not a constant is compiled again for every row it meets: at 10,000 reports, once per
    line is hours). A match is placed at its line by int_document_lines_placed.text_offset.
#}
{{ config(materialized='table') }}

with

joined_lines as (

    select * from {{ ref('int_document_lines_placed') }}

),

final as (

    select
        joined_lines.report_id,
        {{ ordered_string_agg('joined_lines.line_text', 'joined_lines.ordinal') }} as document_text
    from joined_lines
    group by joined_lines.report_id

)

select * from final
