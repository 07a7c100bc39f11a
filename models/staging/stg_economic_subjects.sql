{# 部门预算支出经济分类科目 (2023), typed: one row per 类 and 款. #}
with

economic_subjects as (

    select * from {{ seed_relation('economic_subjects') }}

),

typed as (

    select
        {{ as_text('code') }} as subject_code,
        {{ as_text('level') }} as subject_level,
        {{ as_text('name') }} as subject_name,
        {{ as_text('parent_code') }} as parent_code,
        {{ as_text('confidence') }} as confidence
    from economic_subjects

)

select * from typed
