{#
    收入支出决算总表 and 财政拨款收入支出决算总表 as the narrative prints them: one row per
    report × fund scope × line (收入总计, 本年收入合计, 年初结转和结余 …), so that the identities
    收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 (and the expenditure side)
    can be checked with plain sums. A fund type the report says it does not have is one row
    with is_stated_none and the sentence that says so. A report with its total sheets (statement
    tables 1 and 4) takes its rows from them (int_statement_accounts_mapped), else from its
    narrative (int_mart_sources_chosen); the tables print amounts only.
#}
with

income_expenditure_totals as (

    select * from {{ ref('stg_income_expenditure_totals') }}

),

fiscal_appropriation_totals as (

    select * from {{ ref('stg_fiscal_appropriation_totals') }}

),

general_budget_expenditure as (

    select * from {{ ref('stg_general_budget_expenditure') }}

),

statement_accounts as (

    select * from {{ ref('int_statement_accounts_mapped') }}

),

mart_sources as (

    select * from {{ ref('int_mart_sources_chosen') }}
    where mart_name = 'fct_account_totals'

),

all_funds as (

    select
        report_id,
        '全部资金' as fund_scope,
        line_item,
        false as is_stated_none,
        cast(null as {{ dbt.type_string() }}) as statement_text,
        cast(null as {{ dbt.type_int() }}) as statement_text_line,
        amount_wan_yuan,
        amount_wan_yuan_line,
        cast(null as decimal(18, 4)) as share_pct,
        cast(null as {{ dbt.type_int() }}) as share_pct_line,
        yoy_change_wan_yuan,
        yoy_change_wan_yuan_line,
        yoy_growth_pct,
        yoy_growth_pct_line,
        reason,
        reason_line,
        cast(null as decimal(18, 4)) as budget_wan_yuan,
        cast(null as {{ dbt.type_int() }}) as budget_wan_yuan_line,
        cast(null as decimal(18, 4)) as budget_excluded_fund_projects_wan_yuan,
        cast(null as {{ dbt.type_int() }}) as budget_excluded_fund_projects_wan_yuan_line,
        cast(null as decimal(18, 4)) as budget_variance_pct,
        cast(null as {{ dbt.type_int() }}) as budget_variance_pct_line,
        cast(null as decimal(18, 4)) as completion_pct,
        cast(null as {{ dbt.type_int() }}) as completion_pct_line,
        cast(null as {{ dbt.type_string() }}) as budget_reason,
        cast(null as {{ dbt.type_int() }}) as budget_reason_line
    from income_expenditure_totals

),

fiscal_appropriation as (

    select
        report_id,
        fund_type as fund_scope,
        line_item,
        is_stated_none,
        statement_text,
        statement_text_line,
        amount_wan_yuan,
        amount_wan_yuan_line,
        share_pct,
        share_pct_line,
        yoy_change_wan_yuan,
        yoy_change_wan_yuan_line,
        yoy_growth_pct,
        yoy_growth_pct_line,
        reason,
        reason_line,
        budget_wan_yuan,
        budget_wan_yuan_line,
        cast(null as decimal(18, 4)) as budget_excluded_fund_projects_wan_yuan,
        cast(null as {{ dbt.type_int() }}) as budget_excluded_fund_projects_wan_yuan_line,
        budget_variance_pct,
        budget_variance_pct_line,
        cast(null as decimal(18, 4)) as completion_pct,
        cast(null as {{ dbt.type_int() }}) as completion_pct_line,
        budget_reason,
        budget_reason_line
    from fiscal_appropriation_totals

),

general_budget_total as (

    select
        report_id,
        '一般公共预算' as fund_scope,
        '本年支出' as line_item,
        false as is_stated_none,
        cast(null as {{ dbt.type_string() }}) as statement_text,
        cast(null as {{ dbt.type_int() }}) as statement_text_line,
        amount_wan_yuan,
        amount_wan_yuan_line,
        share_pct,
        share_pct_line,
        yoy_change_wan_yuan,
        yoy_change_wan_yuan_line,
        yoy_growth_pct,
        yoy_growth_pct_line,
        reason,
        reason_line,
        budget_wan_yuan,
        budget_wan_yuan_line,
        budget_excluded_fund_projects_wan_yuan,
        budget_excluded_fund_projects_wan_yuan_line,
        budget_variance_pct,
        budget_variance_pct_line,
        completion_pct,
        completion_pct_line,
        budget_reason,
        budget_reason_line
    from general_budget_expenditure
    where line_level = 'total'

),

narrative_lines as (

    select * from all_funds
    union all
    select * from fiscal_appropriation
    union all
    select * from general_budget_total

),

narrative as (

    select
        narrative_lines.*,
        mart_sources.source_kind,
        cast(null as {{ dbt.type_int() }}) as source_page
    from narrative_lines
    inner join mart_sources
        on narrative_lines.report_id = mart_sources.report_id
    where mart_sources.source_kind = 'narrative'

),

statement as (

    select
        statement_accounts.report_id,
        statement_accounts.fund_scope,
        statement_accounts.line_item,
        statement_accounts.is_stated_none,
        statement_accounts.statement_text,
        statement_accounts.statement_text_line,
        statement_accounts.amount_wan_yuan,
        statement_accounts.amount_wan_yuan_line,
        cast(null as decimal(18, 4)) as share_pct,
        cast(null as {{ dbt.type_int() }}) as share_pct_line,
        cast(null as decimal(18, 4)) as yoy_change_wan_yuan,
        cast(null as {{ dbt.type_int() }}) as yoy_change_wan_yuan_line,
        cast(null as decimal(18, 4)) as yoy_growth_pct,
        cast(null as {{ dbt.type_int() }}) as yoy_growth_pct_line,
        cast(null as {{ dbt.type_string() }}) as reason,
        cast(null as {{ dbt.type_int() }}) as reason_line,
        cast(null as decimal(18, 4)) as budget_wan_yuan,
        cast(null as {{ dbt.type_int() }}) as budget_wan_yuan_line,
        cast(null as decimal(18, 4)) as budget_excluded_fund_projects_wan_yuan,
        cast(null as {{ dbt.type_int() }}) as budget_excluded_fund_projects_wan_yuan_line,
        cast(null as decimal(18, 4)) as budget_variance_pct,
        cast(null as {{ dbt.type_int() }}) as budget_variance_pct_line,
        cast(null as decimal(18, 4)) as completion_pct,
        cast(null as {{ dbt.type_int() }}) as completion_pct_line,
        cast(null as {{ dbt.type_string() }}) as budget_reason,
        cast(null as {{ dbt.type_int() }}) as budget_reason_line,
        mart_sources.source_kind,
        statement_accounts.source_page
    from statement_accounts
    inner join mart_sources
        on statement_accounts.report_id = mart_sources.report_id
    where mart_sources.source_kind = 'statement_table'

),

unioned as (

    select * from narrative
    union all
    select * from statement

),

final as (

    select
        {{ dbt.concat(['report_id', "'|'", 'fund_scope', "'|'", 'line_item']) }} as account_total_id,
        report_id,
        fund_scope,
        case
            when line_item in ('收入总计', '本年收入合计', '本年收入', '使用非财政拨款结余', '年初结转和结余')
                then '收入'
            when line_item in ('支出总计', '本年支出合计', '本年支出', '结余分配', '年末结转和结余')
                then '支出'
        end as account_side,
        line_item,
        is_stated_none,
        statement_text,
        cast(amount_wan_yuan as decimal(20, 6)) as amount_wan_yuan,
        share_pct,
        yoy_change_wan_yuan,
        yoy_growth_pct,
        reason,
        budget_wan_yuan,
        budget_excluded_fund_projects_wan_yuan,
        budget_variance_pct,
        completion_pct,
        budget_reason,
        statement_text_line,
        amount_wan_yuan_line,
        share_pct_line,
        yoy_change_wan_yuan_line,
        yoy_growth_pct_line,
        reason_line,
        budget_wan_yuan_line,
        budget_excluded_fund_projects_wan_yuan_line,
        budget_variance_pct_line,
        completion_pct_line,
        budget_reason_line,
        source_kind,
        source_page
    from unioned

)

select * from final
