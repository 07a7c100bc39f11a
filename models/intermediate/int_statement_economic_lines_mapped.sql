{#
    The 类 and 款 lines of 一般公共预算财政拨款基本支出决算表 (table 6) with the cost category
    of their 类 as the narrative lists its items: 301 工资福利支出 and 303 对个人和家庭的补助 are
    人员经费, every other 类 (302 商品和服务支出, 310 资本性支出 …) 公用经费. class_ordinal orders
    the 类 lines, item_ordinal the 款 lines within their category, as printed.
#}
with

statement_lines as (

    select * from {{ ref('int_statement_lines_classified') }}

),

personnel_classes as (

    select '301' as class_code
    union all
    select '303' as class_code

),

coded_lines as (

    select
        report_id,
        row_no,
        subject_level,
        subject_code,
        substring(subject_code, 1, 3) as class_code,
        line_item,
        row_label_page,
        row_label_line,
        amount_wan_yuan,
        source_page,
        source_line
    from statement_lines
    where
        table_no = 6
        and column_name = '决算数'
        and subject_level in ('类', '款')

),

categorised as (

    select
        coded_lines.*,
        case
            when personnel_classes.class_code is not null then '人员经费'
            else '公用经费'
        end as cost_category
    from coded_lines
    left join personnel_classes
        on coded_lines.class_code = personnel_classes.class_code

),

final as (

    select
        report_id,
        subject_level,
        subject_code,
        class_code,
        cost_category,
        cast(
            row_number() over (partition by report_id, subject_level order by row_no) as {{ dbt.type_int() }}
        ) as class_ordinal,
        cast(
            row_number() over (partition by report_id, subject_level, cost_category order by row_no)
            as {{ dbt.type_int() }}
        ) as item_ordinal,
        line_item as item_name,
        {{ line_on_page('row_label_line', 'row_label_page', 'source_page') }} as item_name_line,
        amount_wan_yuan,
        source_line as amount_wan_yuan_line,
        source_page
    from categorised

)

select * from final
