{#
    perf_missed_target_no_deduction: a missed target whose score shows no deduction, where the
    template prints no weight for the indicator itself (the Hubei template prints only the weight
    of the block: 年度绩效指标（80 分） of a project table, 年度目标 N（10 分） of the department table).
    perf_missed_target_full_score (int_checks_performance) covers the indicators whose weight is
    printed.

    An indicator's full score is inferred from its block: where the scores of a block add up to
    the block's weight, no indicator of it lost a point (each score is at most its own full score
    and the full scores add up to the block's weight), so each indicator's full score is its
    score, exactly. The two guesses this replaces are wrong on the reports at hand: the block's
    weight divided over its indicators (80 / 16 = 5 points, where the indicators score 3, 4 and 10)
    assumes equal weights the template does not prescribe, and the highest score of a sibling
    under the same 二级指标 is a lower bound of that sibling's full score, not of this one's (a
    quantity indicator at 3 beside three at 4 would pass as deducted in a block scored in full).
    A block not scored in full says nothing about which indicator lost the points: not flagged.
#}
with

performance_indicators as (

    select * from {{ ref('fct_performance_indicator') }}

),

performance_projects as (

    select * from {{ ref('fct_performance_project') }}

),

indicators as (

    {# The block of an indicator: its numbered goal where it has one, else its table's indicator block. #}
    select
        performance_indicators.report_id,
        performance_indicators.evaluation_no,
        performance_indicators.indicator_ordinal,
        performance_indicators.indicator_name,
        performance_indicators.goal_no,
        performance_indicators.target_value,
        {{ place_of('performance_indicators.target_text') }} as target_text_place,
        performance_indicators.actual_value,
        {{ place_of('performance_indicators.actual_text') }} as actual_text_place,
        performance_indicators.weight,
        performance_indicators.score,
        {{ place_of('performance_indicators.score') }} as score_place,
        performance_indicators.is_target_met,
        coalesce(performance_indicators.goal_no, 0) as block_no,
        {#- The project's block weight only where the indicator has no goal (an equality-only join:
            a condition on one side in the join makes DuckDB compare every pair). #}
        coalesce(
            performance_indicators.goal_weight,
            case when performance_indicators.goal_no is null then performance_projects.indicator_weight end
        ) as block_weight,
        coalesce(
            {{ place_of('performance_indicators.goal_weight') }},
            case
                when performance_indicators.goal_no is null
                    then {{ place_of('performance_projects.indicator_weight') }}
            end
        ) as block_weight_place
    from performance_indicators
    left join performance_projects
        on performance_indicators.performance_project_id = performance_projects.performance_project_id

),

blocks as (

    select
        report_id,
        evaluation_no,
        block_no,
        max(block_weight) as block_weight,
        sum(score) as score_sum,
        sum(case when score is null then 1 else 0 end) as scores_not_printed,
        sum(case when weight is null then 0 else 1 end) as weights_printed
    from indicators
    group by
        report_id,
        evaluation_no,
        block_no

),

blocks_scored_in_full as (

    select
        report_id,
        evaluation_no,
        block_no
    from blocks
    where
        block_weight is not null
        and weights_printed = 0
        and scores_not_printed = 0
        and score_sum = block_weight

),

missed_without_deduction as (

    select
        {{ check_row(
            'perf_missed_target_no_deduction',
            dbt.concat([
                as_text('indicators.evaluation_no'), "'-'", as_text('indicators.indicator_ordinal'),
                "' '", 'indicators.indicator_name'
            ]),
            'indicators.actual_value', 'indicators.target_value', half_unit('null'),
            ['indicators.target_text_place', 'indicators.actual_text_place', 'indicators.score_place',
             'indicators.block_weight_place'],
            comparison='flag', report_id='indicators.report_id'
        ) }}
    from indicators
    inner join blocks_scored_in_full
        on
            indicators.report_id = blocks_scored_in_full.report_id
            and indicators.evaluation_no = blocks_scored_in_full.evaluation_no
            and indicators.block_no = blocks_scored_in_full.block_no
    where not indicators.is_target_met

)

select * from missed_without_deduction
