{#
    问题：哪些项目预算执行率低于 90%？执行得分扣了多少、总分多少、偏差原因是什么？
    读法：每个项目自评表一行，按执行率从低到高。全年预算数、执行数、执行率、执行分值与得分、
    总分和偏差原因分析均为自评表公布数；未执行金额（全年预算 − 执行数）与计算执行率（执行数 /
    全年预算 × 100）为计算值。执行率取公布数，表中未印时取计算值（threshold_rate_pct）。
    低于 90% 通常意味着预算执行分被扣。

    Question: which projects executed less than 90% of their full-year budget, what did that
    cost them in the execution score, what is their total score and what deviation reason do they
    give?
    How to read: one row per project self-evaluation table, lowest execution first. Full-year
    budget, executed amount, execution rate, execution weight and score, total score and the
    deviation analysis are as printed in the table; unspent_wan_yuan (budget − executed) and
    computed_execution_rate_pct (executed / budget × 100) are computed. The threshold applies to
    the printed rate, or the computed one where the table prints none (threshold_rate_pct).
#}
{% set threshold_pct = 90 %}
with

performance_projects as (

    select * from {{ ref('fct_performance_project') }}

),

execution as (

    select
        report_id,
        evaluation_no,
        project_name,
        full_year_budget_wan_yuan,
        executed_wan_yuan,
        full_year_budget_wan_yuan - executed_wan_yuan as unspent_wan_yuan,
        execution_rate_pct,
        cast(
            100 * executed_wan_yuan / nullif(full_year_budget_wan_yuan, 0) as decimal(18, 2)
        ) as computed_execution_rate_pct,
        execution_weight,
        execution_score,
        total_score,
        deviation_analysis,
        project_name_line,
        executed_wan_yuan_line,
        execution_rate_pct_line,
        total_score_line
    from performance_projects

),

final as (

    select
        report_id,
        evaluation_no,
        project_name,
        full_year_budget_wan_yuan,
        executed_wan_yuan,
        unspent_wan_yuan,
        execution_rate_pct,
        computed_execution_rate_pct,
        coalesce(execution_rate_pct, computed_execution_rate_pct) as threshold_rate_pct,
        execution_weight,
        execution_score,
        total_score,
        deviation_analysis,
        project_name_line,
        executed_wan_yuan_line,
        execution_rate_pct_line,
        total_score_line
    from execution
    where coalesce(execution_rate_pct, computed_execution_rate_pct) < {{ threshold_pct }}

)

select
    report_id,
    evaluation_no,
    project_name,
    full_year_budget_wan_yuan,
    executed_wan_yuan,
    unspent_wan_yuan,
    execution_rate_pct,
    computed_execution_rate_pct,
    threshold_rate_pct,
    execution_weight,
    execution_score,
    total_score,
    deviation_analysis,
    project_name_line,
    executed_wan_yuan_line,
    execution_rate_pct_line,
    total_score_line
from final
order by threshold_rate_pct, report_id, evaluation_no
