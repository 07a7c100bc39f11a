{# Internal divisions and budget units named in the unit overview. #}
with

unit_organisations as (

    select * from {{ seed_relation('unit_organisations') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_text('organisation_kind') }} as organisation_kind,
        {{ as_integer('ordinal') }} as ordinal,
        {{ as_text('organisation_name') }} as organisation_name,
        {{ as_integer('organisation_name_page') }} as organisation_name_page,
        {{ as_integer('organisation_name_line') }} as organisation_name_line
    from unit_organisations

)

select * from typed
