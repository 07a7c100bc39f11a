{#
    问题：“三公”经费各项目的预算和决算差多少？
    读法：每个报告 × “三公”项目一行（合计、三项、其下的明细），按报告和项目层级排列。决算数、
    公布的预算数、比预算增减、差异率、完成率和原因均为公布数。有的报告不印分项预算，只印
    “比预算减少 x 万元”或完成率：这时 budget_wan_yuan 取决算数 − 公布的增减额（计算值），
    budget_source 说明预算是公布数（printed）还是由增减额推算（derived_from_change）；两者都没有时
    预算为空。difference_wan_yuan（决算 − 预算）和 computed_completion_pct（决算 / 预算 × 100）为
    计算值，可与公布的完成率对照。

    Question: how far is each 三公 item's actual spending from its budget?
    How to read: one row per report × 三公 item (the total, the three parts, their sub-items), by
    report and level. Actual, printed budget, printed difference from the budget, variance,
    completion rate and reasons are as published. Some reports print no budget per item, only
    "x 万元 below budget" or a completion rate: there budget_wan_yuan is actual − the printed
    difference (computed) and budget_source says printed or derived_from_change; with neither,
    the budget is empty. difference_wan_yuan (actual − budget) and computed_completion_pct (actual /
    budget × 100) are computed, to set against the printed completion rate.
#}
with

three_public_expenses as (

    select * from {{ ref('fct_three_public_expenses') }}

),

budgets as (

    select
        report_id,
        expense_item,
        item_level,
        parent_item,
        actual_wan_yuan,
        budget_wan_yuan as printed_budget_wan_yuan,
        budget_change_wan_yuan as printed_budget_change_wan_yuan,
        coalesce(budget_wan_yuan, actual_wan_yuan - budget_change_wan_yuan) as budget_wan_yuan,
        case
            when budget_wan_yuan is not null then 'printed'
            when budget_change_wan_yuan is not null then 'derived_from_change'
        end as budget_source,
        budget_variance_pct as printed_variance_pct,
        completion_pct as printed_completion_pct,
        budget_reason,
        actual_wan_yuan_line,
        budget_wan_yuan_line,
        budget_change_wan_yuan_line,
        completion_pct_line,
        case expense_item
            when '三公经费合计' then 0
            when '因公出国（境）费' then 1
            when '公务用车购置及运行费' then 2
            when '公务用车购置费' then 3
            when '公务用车运行费' then 4
            when '公务接待费' then 5
            when '外宾接待费' then 6
            when '国内公务接待费' then 7
        end as item_order
    from three_public_expenses

),

final as (

    select
        report_id,
        item_order,
        expense_item,
        item_level,
        parent_item,
        actual_wan_yuan,
        budget_wan_yuan,
        budget_source,
        actual_wan_yuan - budget_wan_yuan as difference_wan_yuan,
        cast(100 * actual_wan_yuan / nullif(budget_wan_yuan, 0) as decimal(18, 2)) as computed_completion_pct,
        printed_budget_wan_yuan,
        printed_budget_change_wan_yuan,
        printed_variance_pct,
        printed_completion_pct,
        budget_reason,
        actual_wan_yuan_line,
        budget_wan_yuan_line,
        budget_change_wan_yuan_line,
        completion_pct_line
    from budgets

)

select
    report_id,
    expense_item,
    item_level,
    parent_item,
    actual_wan_yuan,
    budget_wan_yuan,
    budget_source,
    difference_wan_yuan,
    computed_completion_pct,
    printed_budget_wan_yuan,
    printed_budget_change_wan_yuan,
    printed_variance_pct,
    printed_completion_pct,
    budget_reason,
    actual_wan_yuan_line,
    budget_wan_yuan_line,
    budget_change_wan_yuan_line,
    completion_pct_line
from final
order by report_id, item_order
