{#
    问题：哪些支出项目（功能分类的项）预算与决算相差最大？
    读法：每个部门、年度、资金范围 × 项一行，只列预算和决算都印出的项（支出类型为合计），按差异
    的绝对值从大到小排列。差异＝决算数－预算数，执行率＝决算数÷预算数×100，均为计算值；预算数
    和决算数为公布数（以元印的表已折合为万元），出处为页和行。

    Question: which expenditure items (功能分类 项) are furthest from their budget?
    How to read: one row per department, year and fund scope × 项, only items both the budget and
    the final accounts print (expenditure type total), largest absolute variance first. Variance =
    outturn − budget and execution rate = outturn / budget × 100 are computed; budget and outturn
    are as published (tables printed in 元 converted to 万元), with the page and line of each.
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
        function_subject_code,
        line_item,
        budget_wan_yuan,
        outturn_wan_yuan,
        variance_wan_yuan,
        abs(variance_wan_yuan) as absolute_variance_wan_yuan,
        execution_rate_pct,
        budget_source_places,
        outturn_source_places
    from budget_vs_outturn
    where
        subject_level = '项'
        and expenditure_type = 'total'
        and budget_wan_yuan is not null
        and outturn_wan_yuan is not null

)

select
    department_name,
    fiscal_year,
    fund_scope_zh,
    function_subject_code,
    line_item,
    budget_wan_yuan,
    outturn_wan_yuan,
    variance_wan_yuan,
    execution_rate_pct,
    budget_source_places,
    outturn_source_places
from final
order by
    absolute_variance_wan_yuan desc,
    department_name asc,
    fiscal_year asc,
    fund_scope_zh asc,
    function_subject_code asc
