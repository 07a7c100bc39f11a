{#
    One row per department and fiscal year that the warehouse has a budget or final accounts
    of: the budget's report and the final accounts' report side by side. A department with only
    one of the two is listed with the other empty (pairing_status says which), never dropped.
#}
with

report_departments as (

    select * from {{ ref('int_report_departments') }}

),

budgets as (

    select * from report_departments
    where document_kind = 'budget'

),

final_accounts as (

    select * from report_departments
    where document_kind = 'final_accounts'

),

paired as (

    select
        coalesce(budgets.department_key, final_accounts.department_key) as department_key,
        coalesce(budgets.fiscal_year, final_accounts.fiscal_year) as fiscal_year,
        coalesce(budgets.department_name, final_accounts.department_name) as department_name,
        coalesce(budgets.region_code, final_accounts.region_code) as region_code,
        coalesce(budgets.region_name, final_accounts.region_name) as region_name,
        budgets.report_id as budget_report_id,
        final_accounts.report_id as final_report_id
    from budgets
    full outer join final_accounts
        on
            budgets.department_key = final_accounts.department_key
            and budgets.fiscal_year = final_accounts.fiscal_year

),

final as (

    select
        -- A department may publish two documents of one kind for a year (a corrected reissue):
        -- each combination is its own pair, so the reports are part of the id.
        {{ dbt.concat([
            'department_key', "'|'", as_text('fiscal_year'), "'|'",
            "coalesce(budget_report_id, '')", "'|'", "coalesce(final_report_id, '')"
        ]) }} as budget_outturn_pair_id,
        department_key,
        department_name,
        region_code,
        region_name,
        fiscal_year,
        budget_report_id,
        final_report_id,
        case
            when budget_report_id is not null and final_report_id is not null then 'both'
            when budget_report_id is not null then 'budget_only'
            else 'final_accounts_only'
        end as pairing_status,
        case
            when budget_report_id is not null and final_report_id is not null then '预决算齐全'
            when budget_report_id is not null then '仅有预算'
            else '仅有决算'
        end as pairing_status_label
    from paired

)

select * from final
