{#
    Basic expenditure (基本支出) by 部门预算支出经济分类 款: one row per economic item a report
    lists under 人员经费 or 公用经费, with its amount where printed (the Xinjiang reports list
    the names only). The category totals are in fct_basic_expenditure.
#}
with

int_basic_expenditure_items_resolved as (

    select * from {{ ref('int_basic_expenditure_items_resolved') }}

),

final as (

    select
        report_id,
        cost_category,
        ordinal as item_ordinal,
        subject_code,
        class_code,
        item_name,
        item_name_line,
        amount_wan_yuan,
        amount_wan_yuan_line
    from int_basic_expenditure_items_resolved

)

select * from final
