{#
    The parts a template's explanation sentences never state in a kind of document: a check that
    needs them finds them missing by design.
#}
with

template_unstated_parts as (

    select * from {{ seed_relation('template_unstated_parts') }}

),

typed as (

    select
        {{ as_text('template') }} as disclosure_template,
        {{ as_text('document_kind') }} as document_kind,
        {{ as_text('check_id') }} as check_id,
        {{ as_text('subject') }} as subject,
        {{ as_text('parts_not_stated') }} as parts_not_stated,
        {{ as_text('reason') }} as reason
    from template_unstated_parts

)

select * from typed
