{#
    问题：哪些部门的预算执行率最低？
    读法：每个部门、年度 × 资金范围一行（支出类型为合计的合计行），只列预算和决算都印出合计的，
    按执行率从低到高排列。执行率＝决算合计÷预算合计×100，差异＝决算－预算，均为计算值；合计为
    公布数（万元），出处为页和行。

    Question: which departments carry out the smallest share of their budget?
    How to read: one row per department and year × fund scope (the 合计 line of the total
    columns), only where both documents print the total, lowest execution rate first. Execution
    rate = outturn total / budget total × 100 and variance = outturn − budget are computed; the
    totals are as published (万元), with the page and line of each.
#}
with

budget_vs_outturn as (

    select * from {{ ref('fct_budget_vs_outturn') }}

),

final as (

    select
        department_name,
        fiscal_year,
        fund_scope_zh,
        budget_wan_yuan,
        outturn_wan_yuan,
        variance_wan_yuan,
        execution_rate_pct,
        budget_source_places,
        outturn_source_places
    from budget_vs_outturn
    where
        subject_level = '合计'
        and expenditure_type = 'total'
        and execution_rate_pct is not null

)

select
    department_name,
    fiscal_year,
    fund_scope_zh,
    budget_wan_yuan,
    outturn_wan_yuan,
    variance_wan_yuan,
    execution_rate_pct,
    budget_source_places,
    outturn_source_places
from final
order by execution_rate_pct, department_name, fiscal_year, fund_scope_zh
