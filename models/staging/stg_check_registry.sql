{# The reconciliation checks: what each compares, its severity, and the sentence a user reads. #}
with

check_registry as (

    select * from {{ seed_relation('check_registry') }}

),

typed as (

    select
        {{ as_text('check_id') }} as check_id,
        {{ as_text('check_family') }} as check_family,
        {{ as_text('severity') }} as severity,
        {{ as_text('description_zh') }} as description_zh,
        {{ as_text('description_en') }} as description_en
    from check_registry

)

select * from typed
