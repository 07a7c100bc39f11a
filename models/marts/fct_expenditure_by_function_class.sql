{#
    一般公共预算财政拨款支出 by 支出功能分类 类 as printed in the 结构情况 paragraph: amount,
    share and, where printed, its basic and project parts.
#}
with

int_expenditure_lines_resolved as (

    select * from {{ ref('int_expenditure_lines_resolved') }}

),

final as (

    select
        report_id,
        ordinal as class_ordinal,
        subject_code as class_code,
        class_name,
        class_name_line,
        amount_wan_yuan,
        amount_wan_yuan_line,
        share_pct,
        share_pct_line,
        basic_wan_yuan,
        basic_wan_yuan_line,
        project_wan_yuan,
        project_wan_yuan_line
    from int_expenditure_lines_resolved
    where line_level = 'class'

)

select * from final
