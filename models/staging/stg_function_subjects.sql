{# 支出功能分类科目 (2023), typed: one row per 类, 款 and 项. #}
with

function_subjects as (

    select * from {{ seed_relation('function_subjects') }}

),

typed as (

    select
        {{ as_text('code') }} as subject_code,
        {{ as_text('level') }} as subject_level,
        {{ as_text('name') }} as subject_name,
        {{ as_text('parent_code') }} as parent_code,
        {{ as_text('confidence') }} as confidence
    from function_subjects

)

select * from typed
