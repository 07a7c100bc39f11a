{#
    Every name a 支出功能分类科目 may be printed under: its official 2023 name and its aliases,
    each with the subject's level and parent, so a printed name is matched within its parent.
#}
with

stg_function_subjects as (

    select * from {{ ref('stg_function_subjects') }}

),

stg_function_subject_aliases as (

    select * from {{ ref('stg_function_subject_aliases') }}

),

official_names as (

    select
        subject_code,
        subject_level,
        parent_code,
        subject_name as known_name,
        true as is_official_name
    from stg_function_subjects

),

alias_names as (

    select
        stg_function_subjects.subject_code,
        stg_function_subjects.subject_level,
        stg_function_subjects.parent_code,
        stg_function_subject_aliases.alias_name as known_name,
        false as is_official_name
    from stg_function_subject_aliases
    inner join stg_function_subjects
        on stg_function_subject_aliases.subject_code = stg_function_subjects.subject_code

),

final as (

    select * from official_names
    union all
    select * from alias_names

)

select * from final
