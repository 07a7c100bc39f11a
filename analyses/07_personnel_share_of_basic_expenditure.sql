{#
    问题：基本支出中人员经费占多大比重？
    读法：每个报告一行。基本支出、人员经费、公用经费均为公布数（万元）；人员经费占比、
    公用经费占比为计算值（%，两位小数），unexplained_wan_yuan 为基本支出 − 人员经费 − 公用经费
    （应为 0，非零说明原文不平）。占比越高，单位越接近“吃饭财政”，可压缩的公用开支越少。

    Question: what share of basic expenditure (基本支出) goes to personnel costs (人员经费)?
    How to read: one row per report. Basic expenditure, personnel and public (office) costs are
    as published (万元); the two shares are computed (%, 2 decimals); unexplained_wan_yuan is
    basic − personnel − public (0 when the printed figures add up). The higher the personnel
    share, the less room there is to cut running costs.
#}
with

reports as (

    select * from {{ ref('dim_report') }}
    where document_kind = 'final_accounts'  -- budgets: analyses 15-17

),

basic_expenditure as (

    select * from {{ ref('fct_basic_expenditure') }}

),

basic_costs as (

    select
        report_id,
        max(case when cost_category = '基本支出' then amount_wan_yuan end) as basic_wan_yuan,
        max(case when cost_category = '人员经费' then amount_wan_yuan end) as personnel_wan_yuan,
        max(case when cost_category = '公用经费' then amount_wan_yuan end) as public_wan_yuan,
        max(case when cost_category = '基本支出' then amount_wan_yuan_line end) as basic_wan_yuan_line,
        max(case when cost_category = '人员经费' then amount_wan_yuan_line end) as personnel_wan_yuan_line,
        max(case when cost_category = '公用经费' then amount_wan_yuan_line end) as public_wan_yuan_line
    from basic_expenditure
    group by report_id

),

final as (

    select
        reports.report_id,
        reports.unit_name,
        basic_costs.basic_wan_yuan,
        basic_costs.personnel_wan_yuan,
        basic_costs.public_wan_yuan,
        cast(
            100 * basic_costs.personnel_wan_yuan / nullif(basic_costs.basic_wan_yuan, 0) as decimal(18, 2)
        ) as personnel_share_pct,
        cast(
            100 * basic_costs.public_wan_yuan / nullif(basic_costs.basic_wan_yuan, 0) as decimal(18, 2)
        ) as public_share_pct,
        basic_costs.basic_wan_yuan - basic_costs.personnel_wan_yuan - basic_costs.public_wan_yuan
            as unexplained_wan_yuan,
        basic_costs.basic_wan_yuan_line,
        basic_costs.personnel_wan_yuan_line,
        basic_costs.public_wan_yuan_line
    from reports
    left join basic_costs on reports.report_id = basic_costs.report_id

)

select
    report_id,
    unit_name,
    basic_wan_yuan,
    personnel_wan_yuan,
    public_wan_yuan,
    personnel_share_pct,
    public_share_pct,
    unexplained_wan_yuan,
    basic_wan_yuan_line,
    personnel_wan_yuan_line,
    public_wan_yuan_line
from final
order by personnel_share_pct desc nulls last, report_id asc
