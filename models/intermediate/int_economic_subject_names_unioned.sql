{#
    Every name a 部门预算支出经济分类科目 may be printed under: its official 2023 name and its aliases,
    each with the subject's level and parent, so a printed name is matched within its parent.
#}
with

stg_economic_subjects as (

    select * from {{ ref('stg_economic_subjects') }}

),

stg_economic_subject_aliases as (

    select * from {{ ref('stg_economic_subject_aliases') }}

),

official_names as (

    select
        subject_code,
        subject_level,
        parent_code,
        subject_name as known_name,
        true as is_official_name
    from stg_economic_subjects

),

alias_names as (

    select
        stg_economic_subjects.subject_code,
        stg_economic_subjects.subject_level,
        stg_economic_subjects.parent_code,
        stg_economic_subject_aliases.alias_name as known_name,
        false as is_official_name
    from stg_economic_subject_aliases
    inner join stg_economic_subjects
        on stg_economic_subject_aliases.subject_code = stg_economic_subjects.subject_code

),

final as (

    select * from official_names
    union all
    select * from alias_names

)

select * from final
