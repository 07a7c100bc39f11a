{#
    一般公共预算财政拨款基本支出 and its two cost categories from the statement tables:
    人员经费 and 公用经费 from the totals of 一般公共预算财政拨款基本支出决算表 (table 6,
    人员经费合计 and 公用经费合计, or their short forms), and 基本支出 itself from the 合计 row of
    一般公共预算财政拨款支出决算表 (table 5, column 基本支出), the figure table 6 breaks down.
#}
with

statement_lines as (

    select * from {{ ref('int_statement_lines_classified') }}

),

category_lines as (

    select
        report_id,
        case
            when table_no = 6 and line_item in ('人员经费合计', '人员经费') then '人员经费'
            when table_no = 6 and line_item in ('公用经费合计', '公用经费') then '公用经费'
            when table_no = 5 and line_item = '合计' and column_name = '基本支出' then '基本支出'
        end as cost_category,
        row_label_page,
        row_label_line,
        amount_wan_yuan,
        source_page,
        source_line
    from statement_lines
    where
        table_no in (5, 6)
        and coalesce(subject_code, '') = ''
        and column_name in ('决算数', '基本支出')

),

final as (

    select
        report_id,
        cost_category,
        {{ line_on_page('row_label_line', 'row_label_page', 'source_page') }} as cost_category_line,
        amount_wan_yuan,
        source_line as amount_wan_yuan_line,
        source_page
    from category_lines
    where cost_category is not null

)

select * from final
