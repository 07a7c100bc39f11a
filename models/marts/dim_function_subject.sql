{#
    One row per 支出功能分类科目 at every level (类, 款, 项), with its hierarchy flattened: the
    code and official name of its 类, 款 and 项, empty below the row's own level.
#}
with

function_subjects as (

    select * from {{ ref('int_function_subjects_with_printed') }}

),

subjects_with_ancestors as (

    {# At most two levels above a subject: a 项's 款 and 类, a 款's 类. #}
    select
        function_subjects.subject_code,
        function_subjects.subject_level,
        function_subjects.subject_name,
        function_subjects.parent_code,
        function_subjects.confidence,
        parents.subject_code as parent_subject_code,
        parents.subject_name as parent_subject_name,
        grandparents.subject_code as grandparent_subject_code,
        grandparents.subject_name as grandparent_subject_name
    from function_subjects
    left join function_subjects as parents
        on function_subjects.parent_code = parents.subject_code
    left join function_subjects as grandparents
        on parents.parent_code = grandparents.subject_code

),

final as (

    select
        subject_code,
        subject_level,
        subject_name,
        case subject_level
            when '类' then subject_code
            when '款' then parent_subject_code
            when '项' then grandparent_subject_code
        end as class_code,
        case subject_level
            when '类' then subject_name
            when '款' then parent_subject_name
            when '项' then grandparent_subject_name
        end as class_name,
        case subject_level
            when '款' then subject_code
            when '项' then parent_subject_code
        end as kuan_code,
        case subject_level
            when '款' then subject_name
            when '项' then parent_subject_name
        end as kuan_name,
        case subject_level
            when '项' then subject_code
        end as item_code,
        case subject_level
            when '项' then subject_name
        end as item_name,
        parent_code,
        confidence
    from subjects_with_ancestors

)

select * from final
