{# The register of known inconsistencies in the published reports (the publisher's, not ours). #}
with

known_discrepancies as (

    select * from {{ seed_relation('known_discrepancies') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_text('check_id') }} as check_id,
        {{ as_text('subject') }} as subject,
        {{ as_precise_number('published_value') }} as published_value,
        {{ as_precise_number('computed_value') }} as computed_value,
        {{ as_text('explanation') }} as explanation
    from known_discrepancies

)

select * from typed
