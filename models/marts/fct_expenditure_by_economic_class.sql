{#
    一般公共预算财政拨款支出 by 部门预算支出经济分类 类 (工资福利支出 …), where the report prints
    this split (Tongcheng only among the current reports).
#}
with

int_economic_classes_resolved as (

    select * from {{ ref('int_economic_classes_resolved') }}

),

final as (

    select
        report_id,
        ordinal as class_ordinal,
        subject_code as class_code,
        economic_class_name as class_name,
        economic_class_name_line as class_name_line,
        amount_wan_yuan,
        amount_wan_yuan_line,
        share_pct,
        share_pct_line
    from int_economic_classes_resolved

)

select * from final
