{# 功能分类 codes renumbered between catalogue years (seeds/function_subject_renames.csv). #}
with

function_subject_renames as (

    select * from {{ seed_relation('function_subject_renames') }}

),

typed as (

    select
        {{ as_text('old_code') }} as old_code,
        {{ as_text('new_code') }} as new_code,
        {{ as_integer('first_year') }} as first_year,
        {{ as_text('reason') }} as reason
    from function_subject_renames

)

select * from typed
