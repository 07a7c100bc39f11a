{#
    财政拨款“三公”经费: one row per report × item (合计, the three parts, and the sub-items
    of 公务用车购置及运行费 and 公务接待费), actual against budget as published.
    parent_item says what each item is part of, so the parts of one level add up with sum().
    A report with its 财政拨款“三公”经费支出决算表 (statement table 7) takes that table's items
    instead (int_statement_three_public_mapped: 决算数 and 预算数 only), never both.
#}
with

three_public_expenses as (

    select * from {{ ref('stg_three_public_expenses') }}

),

statement_items as (

    select * from {{ ref('int_statement_three_public_mapped') }}

),

mart_sources as (

    select * from {{ ref('int_mart_sources_chosen') }}
    where mart_name = 'fct_three_public_expenses'

),

narrative as (

    select
        three_public_expenses.report_id,
        three_public_expenses.expense_item,
        three_public_expenses.amount_wan_yuan as actual_wan_yuan,
        three_public_expenses.share_pct,
        three_public_expenses.yoy_change_wan_yuan,
        three_public_expenses.yoy_growth_pct,
        three_public_expenses.budget_wan_yuan,
        three_public_expenses.budget_change_wan_yuan,
        three_public_expenses.budget_variance_pct,
        three_public_expenses.completion_pct,
        three_public_expenses.reason,
        three_public_expenses.budget_reason,
        three_public_expenses.spending_content,
        three_public_expenses.amount_wan_yuan_line as actual_wan_yuan_line,
        three_public_expenses.share_pct_line,
        three_public_expenses.yoy_change_wan_yuan_line,
        three_public_expenses.yoy_growth_pct_line,
        three_public_expenses.budget_wan_yuan_line,
        three_public_expenses.budget_change_wan_yuan_line,
        three_public_expenses.budget_variance_pct_line,
        three_public_expenses.completion_pct_line,
        three_public_expenses.reason_line,
        three_public_expenses.budget_reason_line,
        three_public_expenses.spending_content_line,
        mart_sources.source_kind,
        cast(null as {{ dbt.type_int() }}) as source_page
    from three_public_expenses
    inner join mart_sources
        on three_public_expenses.report_id = mart_sources.report_id
    where mart_sources.source_kind = 'narrative'

),

statement as (

    select
        statement_items.report_id,
        statement_items.expense_item,
        statement_items.actual_wan_yuan,
        cast(null as decimal(18, 4)) as share_pct,
        cast(null as decimal(18, 4)) as yoy_change_wan_yuan,
        cast(null as decimal(18, 4)) as yoy_growth_pct,
        statement_items.budget_wan_yuan,
        cast(null as decimal(18, 4)) as budget_change_wan_yuan,
        cast(null as decimal(18, 4)) as budget_variance_pct,
        cast(null as decimal(18, 4)) as completion_pct,
        cast(null as {{ dbt.type_string() }}) as reason,
        cast(null as {{ dbt.type_string() }}) as budget_reason,
        cast(null as {{ dbt.type_string() }}) as spending_content,
        statement_items.actual_wan_yuan_line,
        cast(null as {{ dbt.type_int() }}) as share_pct_line,
        cast(null as {{ dbt.type_int() }}) as yoy_change_wan_yuan_line,
        cast(null as {{ dbt.type_int() }}) as yoy_growth_pct_line,
        statement_items.budget_wan_yuan_line,
        cast(null as {{ dbt.type_int() }}) as budget_change_wan_yuan_line,
        cast(null as {{ dbt.type_int() }}) as budget_variance_pct_line,
        cast(null as {{ dbt.type_int() }}) as completion_pct_line,
        cast(null as {{ dbt.type_int() }}) as reason_line,
        cast(null as {{ dbt.type_int() }}) as budget_reason_line,
        cast(null as {{ dbt.type_int() }}) as spending_content_line,
        mart_sources.source_kind,
        statement_items.source_page
    from statement_items
    inner join mart_sources
        on statement_items.report_id = mart_sources.report_id
    where mart_sources.source_kind = 'statement_table'

),

unioned as (

    select * from narrative
    union all
    select * from statement

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
        cast(actual_wan_yuan as decimal(20, 6)) as actual_wan_yuan,
        share_pct,
        yoy_change_wan_yuan,
        yoy_growth_pct,
        cast(budget_wan_yuan as decimal(20, 6)) as budget_wan_yuan,
        budget_change_wan_yuan,
        budget_variance_pct,
        completion_pct,
        reason,
        budget_reason,
        spending_content,
        actual_wan_yuan_line,
        share_pct_line,
        yoy_change_wan_yuan_line,
        yoy_growth_pct_line,
        budget_wan_yuan_line,
        budget_change_wan_yuan_line,
        budget_variance_pct_line,
        completion_pct_line,
        reason_line,
        budget_reason_line,
        spending_content_line,
        source_kind,
        source_page
    from unioned

)

select * from final
