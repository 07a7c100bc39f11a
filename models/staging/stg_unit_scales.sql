{# Units that are a multiple of another (万人 = 10000 人): how many base units one unit is. #}
with

unit_scales as (

    select * from {{ seed_relation('unit_scales') }}

),

typed as (

    select
        {{ as_text('unit') }} as unit,
        {{ as_text('base_unit') }} as base_unit,
        {{ as_number('value') }} as base_units_per_unit
    from unit_scales

)

select * from typed
