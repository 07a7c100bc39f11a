{#
    财政拨款“三公”经费支出决算表 (table 7): one row per 三公 item with its 决算数 as actual and its
    预算数 as budget, named as fct_three_public_expenses names them (合计 is 三公经费合计). Items a
    local template adds beyond the 三公 (会议费, 培训费) stay in fct_statement_line only. A cell the
    table leaves blank is not a figure: an item with only a budget printed has no actual.
#}
with

statement_lines as (

    select * from {{ ref('int_statement_lines_classified') }}

),

item_cells as (

    select
        statement_lines.report_id,
        case statement_lines.line_item
            when '合计' then '三公经费合计'
            else statement_lines.line_item
        end as expense_item,
        statement_lines.column_name,
        statement_lines.amount_wan_yuan,
        statement_lines.source_page,
        statement_lines.source_line
    from statement_lines
    where
        statement_lines.table_no = 7
        and statement_lines.line_item in (
            '合计', '因公出国（境）费', '公务用车购置及运行费', '公务用车购置费', '公务用车运行费', '公务接待费'
        )

),

items as (

    select
        report_id,
        expense_item,
        max(case when column_name = '决算数' then amount_wan_yuan end) as actual_wan_yuan,
        max(case when column_name = '决算数' then source_page end) as actual_page,
        max(case when column_name = '决算数' then source_line end) as actual_line,
        max(case when column_name = '预算数' then amount_wan_yuan end) as budget_wan_yuan,
        max(case when column_name = '预算数' then source_page end) as budget_page,
        max(case when column_name = '预算数' then source_line end) as budget_line
    from item_cells
    group by
        report_id,
        expense_item

),

final as (

    select
        report_id,
        expense_item,
        actual_wan_yuan,
        {{ line_on_page('actual_line', 'actual_page', 'coalesce(actual_page, budget_page)') }} as actual_wan_yuan_line,
        budget_wan_yuan,
        {{ line_on_page('budget_line', 'budget_page', 'coalesce(actual_page, budget_page)') }} as budget_wan_yuan_line,
        coalesce(actual_page, budget_page) as source_page
    from items

)

select * from final
