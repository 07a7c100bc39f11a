{#
    The 类, 款 and 项 lines of 一般公共预算财政拨款支出决算表 (table 5), one row per line with its
    columns 合计, 基本支出 and 项目支出 side by side, the names of its 类 and 款 as the table prints
    them on their own lines, its order among the lines of its level, and whether it is a finest
    line (a 项, or a 款 with no 项 printed under it), as fct_expenditure_by_function keeps them.
    source_page is the page of its 合计; another figure's or name's line is kept only on that page.
#}
with

statement_lines as (

    select * from {{ ref('int_statement_lines_classified') }}

),

coded_cells as (

    select * from statement_lines
    where
        table_no = 5
        and subject_level in ('类', '款', '项')

),

printed_rows as (

    select
        report_id,
        row_no,
        subject_code,
        subject_level,
        line_item,
        row_label_page,
        row_label_line,
        max(case when column_name = '合计' then amount_wan_yuan end) as amount_wan_yuan,
        max(case when column_name = '合计' then source_page end) as amount_page,
        max(case when column_name = '合计' then source_line end) as amount_line,
        max(case when column_name = '基本支出' then amount_wan_yuan end) as basic_wan_yuan,
        max(case when column_name = '基本支出' then source_page end) as basic_page,
        max(case when column_name = '基本支出' then source_line end) as basic_line,
        max(case when column_name = '项目支出' then amount_wan_yuan end) as project_wan_yuan,
        max(case when column_name = '项目支出' then source_page end) as project_page,
        max(case when column_name = '项目支出' then source_line end) as project_line
    from coded_cells
    group by
        report_id,
        row_no,
        subject_code,
        subject_level,
        line_item,
        row_label_page,
        row_label_line

),

lines as (

    select
        *,
        substring(subject_code, 1, 3) as class_code,
        case when subject_level in ('款', '项') then substring(subject_code, 1, 5) end as kuan_code,
        cast(
            row_number() over (partition by report_id, subject_level order by row_no) as {{ dbt.type_int() }}
        ) as line_ordinal
    from printed_rows

),

kuans_with_items as (

    select distinct
        report_id,
        kuan_code
    from lines
    where subject_level = '项'

),

final as (

    select
        lines.report_id,
        lines.row_no,
        lines.subject_level,
        lines.line_ordinal,
        lines.subject_code,
        lines.class_code,
        lines.kuan_code,
        (
            lines.subject_level = '项'
            or (lines.subject_level = '款' and kuans_with_items.kuan_code is null)
        ) as is_finest_line,
        class_lines.line_item as class_name,
        {{ line_on_page('class_lines.row_label_line', 'class_lines.row_label_page', 'lines.amount_page') }}
            as class_name_line,
        kuan_lines.line_item as kuan_name,
        {{ line_on_page('kuan_lines.row_label_line', 'kuan_lines.row_label_page', 'lines.amount_page') }}
            as kuan_name_line,
        case when lines.subject_level = '项' then lines.line_item end as item_name,
        case
            when lines.subject_level = '项'
                then {{ line_on_page('lines.row_label_line', 'lines.row_label_page', 'lines.amount_page') }}
        end as item_name_line,
        lines.amount_wan_yuan,
        lines.amount_line as amount_wan_yuan_line,
        lines.basic_wan_yuan,
        {{ line_on_page('lines.basic_line', 'lines.basic_page', 'lines.amount_page') }} as basic_wan_yuan_line,
        lines.project_wan_yuan,
        {{ line_on_page('lines.project_line', 'lines.project_page', 'lines.amount_page') }}
            as project_wan_yuan_line,
        lines.amount_page as source_page
    from lines
    left join kuans_with_items
        on
            lines.report_id = kuans_with_items.report_id
            and lines.subject_code = kuans_with_items.kuan_code
    left join lines as class_lines
        on
            lines.report_id = class_lines.report_id
            and lines.class_code = class_lines.subject_code
            and class_lines.subject_level = '类'
    left join lines as kuan_lines
        on
            lines.report_id = kuan_lines.report_id
            and lines.kuan_code = kuan_lines.subject_code
            and kuan_lines.subject_level = '款'

)

select * from final
