{#
    Each economic item listed under 人员经费 or 公用经费 (not the category totals) with the code of
    its 部门预算支出经济分类科目 款, matched by the printed name against the official 2023 name
    or an alias. 款 names are unique across 类 (a test on int_economic_subject_names_unioned
    guards it), so the name alone is the path here. An unmatched name has no subject_code, a
    name matched twice appears twice: the tests on this model fail in both cases.
#}
with

stg_basic_expenditure_items as (

    select * from {{ ref('stg_basic_expenditure_items') }}

),

int_economic_subject_names_unioned as (

    select * from {{ ref('int_economic_subject_names_unioned') }}

),

listed_items as (

    {# ordinal 0 is the printed total of the category, kept in fct_basic_expenditure. #}
    select * from stg_basic_expenditure_items
    where ordinal > 0

),

kuan_names as (

    select
        subject_code,
        parent_code,
        known_name,
        is_official_name
    from int_economic_subject_names_unioned
    where subject_level = '款'

),

final as (

    select
        listed_items.report_id,
        listed_items.cost_category,
        listed_items.ordinal,
        kuan_names.subject_code,
        kuan_names.parent_code as class_code,
        not kuan_names.is_official_name as is_matched_by_alias,
        listed_items.item_name,
        listed_items.item_name_line,
        listed_items.amount_wan_yuan,
        listed_items.amount_wan_yuan_line
    from listed_items
    left join kuan_names
        on listed_items.item_name = kuan_names.known_name

)

select * from final
