{# GB/T 2260 administrative divisions of the reports' regions. #}
with

admin_divisions as (

    select * from {{ seed_relation('admin_divisions') }}

),

typed as (

    select
        cast(code as {{ dbt.type_string() }}) as division_code,
        cast(name as {{ dbt.type_string() }}) as division_name,
        cast(parent_code as {{ dbt.type_string() }}) as parent_division_code,
        cast(level as {{ dbt.type_string() }}) as division_level
    from admin_divisions

)

select * from typed
