{# The parts of each document (overview, financial narrative, performance tables …) by line range. #}
with

document_sections as (

    select * from {{ seed_relation('document_sections') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_integer('section_no') }} as section_no,
        {{ as_text('section_kind') }} as section_kind,
        {{ as_integer('first_line') }} as first_line,
        {{ as_integer('last_line') }} as last_line
    from document_sections

)

select * from typed
