{#
    财政拨款“三公”经费: one row per report × item (合计, the three parts, and the sub-items
    of 公务用车购置及运行费 and 公务接待费), actual against budget as published.
    parent_item says what each item is part of, so the parts of one level add up with sum().
#}
with

three_public_expenses as (

    select * from {{ ref('stg_three_public_expenses') }}

),

final as (

    select
        {{ dbt.concat(['report_id', "'|'", 'expense_item']) }} as three_public_expense_id,
        report_id,
        expense_item,
        case
            when expense_item = '三公经费合计' then 0
            when expense_item in ('因公出国（境）费', '公务用车购置及运行费', '公务接待费') then 1
            else 2
        end as item_level,
        case
            when expense_item in ('因公出国（境）费', '公务用车购置及运行费', '公务接待费') then '三公经费合计'
            when expense_item in ('公务用车购置费', '公务用车运行费') then '公务用车购置及运行费'
            when expense_item in ('外宾接待费', '国内公务接待费') then '公务接待费'
        end as parent_item,
        amount_wan_yuan as actual_wan_yuan,
        share_pct,
        yoy_change_wan_yuan,
        yoy_growth_pct,
        budget_wan_yuan,
        budget_change_wan_yuan,
        budget_variance_pct,
        completion_pct,
        reason,
        budget_reason,
        spending_content,
        amount_wan_yuan_line as actual_wan_yuan_line,
        share_pct_line,
        yoy_change_wan_yuan_line,
        yoy_growth_pct_line,
        budget_wan_yuan_line,
        budget_change_wan_yuan_line,
        budget_variance_pct_line,
        completion_pct_line,
        reason_line,
        budget_reason_line,
        spending_content_line
    from three_public_expenses

)

select * from final
