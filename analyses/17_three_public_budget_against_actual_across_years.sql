{#
    问题：各部门“三公”经费，部门预算安排了多少、决算实际花了多少，逐年看如何？
    读法：每个部门 × 年度 × “三公”项目一行，按部门、年度和项目排列。预算安排数取自该年的部门预算
    （“三公”经费预算表），决算数和决算所印的年初预算数取自该年的部门决算；仓库只有其中一份文件时，
    另一侧为空。差异＝决算数－预算安排数，为计算值。

    Question: for each department, what did its budget plan for the 三公 expenses, what did its
    final accounts spend, year by year?
    How to read: one row per department × year × 三公 item, by department, year and item. The
    planned figure comes from that year's budget document (its 三公 table), the actual and the
    年初预算 the final accounts print from that year's final accounts; where the warehouse has
    only one of the two documents the other side is empty. Difference = actual − planned, computed.
#}
with

pairs as (

    select * from {{ ref('fct_budget_outturn_pair') }}

),

statement_lines as (

    select * from {{ ref('fct_statement_line') }}

),

three_public_expenses as (

    select * from {{ ref('fct_three_public_expenses') }}

),

planned as (

    select
        pairs.budget_outturn_pair_id,
        case statement_lines.line_item when '合计' then '三公经费合计' else statement_lines.line_item end as expense_item,
        statement_lines.amount_wan_yuan as planned_wan_yuan,
        {{ dbt.concat(["'p'", as_text('statement_lines.source_page'), "':'", as_text('statement_lines.source_line')]) }}
            as planned_source_place
    from pairs
    inner join statement_lines
        on pairs.budget_report_id = statement_lines.report_id
    where
        statement_lines.table_no = 109
        and statement_lines.column_name = '预算数'
        and statement_lines.line_item <> '机关运行经费'

),

spent as (

    select
        pairs.budget_outturn_pair_id,
        three_public_expenses.expense_item,
        three_public_expenses.actual_wan_yuan,
        three_public_expenses.budget_wan_yuan as printed_initial_budget_wan_yuan
    from pairs
    inner join three_public_expenses
        on pairs.final_report_id = three_public_expenses.report_id

),

side_by_side as (

    select
        coalesce(planned.budget_outturn_pair_id, spent.budget_outturn_pair_id) as budget_outturn_pair_id,
        coalesce(planned.expense_item, spent.expense_item) as expense_item,
        planned.planned_wan_yuan,
        planned.planned_source_place,
        spent.printed_initial_budget_wan_yuan,
        spent.actual_wan_yuan
    from planned
    full outer join spent
        on
            planned.budget_outturn_pair_id = spent.budget_outturn_pair_id
            and planned.expense_item = spent.expense_item

),

final as (

    select
        pairs.department_name,
        pairs.fiscal_year,
        side_by_side.expense_item,
        case side_by_side.expense_item
            when '三公经费合计' then 0
            when '因公出国（境）费' then 1
            when '公务用车购置及运行费' then 2
            when '公务用车购置费' then 3
            when '公务用车运行费' then 4
            when '公务接待费' then 5
            else 6
        end as item_order,
        side_by_side.planned_wan_yuan,
        side_by_side.printed_initial_budget_wan_yuan,
        side_by_side.actual_wan_yuan,
        side_by_side.actual_wan_yuan - side_by_side.planned_wan_yuan as difference_wan_yuan,
        side_by_side.planned_source_place,
        pairs.budget_report_id,
        pairs.final_report_id
    from side_by_side
    inner join pairs
        on side_by_side.budget_outturn_pair_id = pairs.budget_outturn_pair_id

)

select
    department_name,
    fiscal_year,
    expense_item,
    planned_wan_yuan,
    printed_initial_budget_wan_yuan,
    actual_wan_yuan,
    difference_wan_yuan,
    planned_source_place,
    budget_report_id,
    final_report_id
from final
order by department_name, fiscal_year, item_order, expense_item
