{#
    问题：哪些项目的绩效自评总分最低？分扣在哪里？
    读法：全部报告中总分最低的十个项目（同分并列，可能多于十个），按总分从低到高。总分、执行率、
    预算执行分值与得分为自评表公布数；其余为计算值：指标得分合计（indicator_score_sum），
    执行扣分（lost_on_execution = 执行分值 − 执行得分），指标扣分（lost_on_indicators = 指标分值
    合计 − 指标得分合计；湖北模板各指标不印分值，用表头印的指标总分值），以及得分低于分值的
    指标个数（indicators_below_weight，指标不印分值时为空）。

    Question: which projects have the lowest self-evaluation total scores, and where did they lose
    points?
    How to read: the ten projects with the lowest total score across all reports (ties share a
    rank, so there may be more than ten), lowest first. Total score, execution rate, execution
    weight and score are as printed; the rest is computed: indicator_score_sum, lost_on_execution
    (execution weight − execution score), lost_on_indicators (the indicators' weights − their
    scores; the Hubei template prints no weight per indicator, so its printed weight for all
    indicators is used) and indicators_below_weight (indicators scored below their weight; empty
    where no weights are printed).
#}
{% set projects_listed = 10 %}
with

performance_projects as (

    select * from {{ ref('fct_performance_project') }}

),

performance_indicators as (

    select * from {{ ref('fct_performance_indicator') }}

),

indicators_below_weight as (

    select
        performance_project_id,
        sum(case when score < weight then 1 else 0 end) as indicators_below_weight,
        count(weight) as indicators_with_weight
    from performance_indicators
    where evaluation_level = 'project'
    group by performance_project_id

),

ranked as (

    select
        performance_projects.report_id,
        performance_projects.evaluation_no,
        performance_projects.project_name,
        performance_projects.total_score,
        performance_projects.execution_rate_pct,
        performance_projects.execution_weight,
        performance_projects.execution_score,
        performance_projects.indicator_score_sum,
        performance_projects.execution_weight - performance_projects.execution_score as lost_on_execution,
        coalesce(performance_projects.indicator_weight_sum, performance_projects.indicator_weight)
        - performance_projects.indicator_score_sum as lost_on_indicators,
        case
            when indicators_below_weight.indicators_with_weight > 0
                then indicators_below_weight.indicators_below_weight
        end as indicators_below_weight,
        performance_projects.project_name_line,
        performance_projects.total_score_line,
        rank() over (order by performance_projects.total_score asc) as score_rank
    from performance_projects
    left join indicators_below_weight
        on performance_projects.performance_project_id = indicators_below_weight.performance_project_id
    where performance_projects.total_score is not null

),

final as (

    select
        score_rank,
        report_id,
        evaluation_no,
        project_name,
        total_score,
        execution_rate_pct,
        execution_weight,
        execution_score,
        indicator_score_sum,
        lost_on_execution,
        lost_on_indicators,
        {{ as_integer('indicators_below_weight') }} as indicators_below_weight,
        project_name_line,
        total_score_line
    from ranked
    where score_rank <= {{ projects_listed }}

)

select
    score_rank,
    report_id,
    evaluation_no,
    project_name,
    total_score,
    execution_rate_pct,
    execution_weight,
    execution_score,
    indicator_score_sum,
    lost_on_execution,
    lost_on_indicators,
    indicators_below_weight,
    project_name_line,
    total_score_line
from final
order by score_rank, report_id, evaluation_no
