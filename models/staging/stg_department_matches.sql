{# Unit names printed differently by one department's documents (seeds/department_matches.csv). #}
with

department_matches as (

    select * from {{ seed_relation('department_matches') }}

),

typed as (

    select
        {{ as_text('printed_unit_name') }} as printed_unit_name,
        {{ as_text('department_name') }} as department_name,
        {{ as_text('reason') }} as reason
    from department_matches

)

select * from typed
