{#
    One row per 部门预算支出经济分类科目 at every level (类, 款), with its hierarchy flattened:
    the code and official name of its 类 and 款, empty below the row's own level.
#}
with

economic_subjects as (

    select * from {{ ref('int_economic_subjects_with_printed') }}

),

subjects_with_parents as (

    select
        economic_subjects.subject_code,
        economic_subjects.subject_level,
        economic_subjects.subject_name,
        economic_subjects.parent_code,
        economic_subjects.confidence,
        parents.subject_code as parent_subject_code,
        parents.subject_name as parent_subject_name
    from economic_subjects
    left join economic_subjects as parents
        on economic_subjects.parent_code = parents.subject_code

),

final as (

    select
        subject_code,
        subject_level,
        subject_name,
        case subject_level
            when '类' then subject_code
            when '款' then parent_subject_code
        end as class_code,
        case subject_level
            when '类' then subject_name
            when '款' then parent_subject_name
        end as class_name,
        case subject_level
            when '款' then subject_code
        end as kuan_code,
        case subject_level
            when '款' then subject_name
        end as kuan_name,
        parent_code,
        confidence
    from subjects_with_parents

)

select * from final
