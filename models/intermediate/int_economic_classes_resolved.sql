{#
    Each economic class of the general budget expenditure (工资福利支出 …, where printed) with
    the code of its 部门预算支出经济分类科目 类, matched by the printed name against the official
    2023 name or an alias. An unmatched name has no subject_code, a name matched twice appears
    twice: the tests on this model fail in both cases.
#}
with

stg_general_budget_economic_classes as (

    select * from {{ ref('stg_general_budget_economic_classes') }}

),

int_economic_subject_names_unioned as (

    select * from {{ ref('int_economic_subject_names_unioned') }}

),

class_names as (

    select
        subject_code,
        known_name,
        is_official_name
    from int_economic_subject_names_unioned
    where subject_level = '类'

),

final as (

    select
        stg_general_budget_economic_classes.report_id,
        stg_general_budget_economic_classes.ordinal,
        class_names.subject_code,
        not class_names.is_official_name as is_matched_by_alias,
        stg_general_budget_economic_classes.economic_class_name,
        stg_general_budget_economic_classes.economic_class_name_line,
        stg_general_budget_economic_classes.amount_wan_yuan,
        stg_general_budget_economic_classes.amount_wan_yuan_line,
        stg_general_budget_economic_classes.share_pct,
        stg_general_budget_economic_classes.share_pct_line
    from stg_general_budget_economic_classes
    left join class_names
        on stg_general_budget_economic_classes.economic_class_name = class_names.known_name

)

select * from final
