{#
    One row per indicator of every self-evaluation table, department-level and project: the
    target and the actual as printed and parsed, weight and score, and three computed flags:
    was the target met, was the full score given, and both at odds (missed but full score).
#}
with

performance_indicators as (

    select * from {{ ref('stg_performance_indicators') }}

),

performance_evaluations as (

    select * from {{ ref('stg_performance_evaluations') }}

),

performance_goals as (

    select * from {{ ref('stg_performance_goals') }}

),

indicators_in_context as (

    select
        performance_indicators.*,
        performance_evaluations.evaluation_level,
        case
            when performance_evaluations.evaluation_level = 'project' then performance_evaluations.project_name
        end as project_name,
        performance_goals.goal_text,
        performance_goals.goal_text_page,
        performance_goals.goal_text_line,
        performance_goals.weight as goal_weight,
        performance_goals.weight_page as goal_weight_page,
        performance_goals.weight_line as goal_weight_line
    from performance_indicators
    inner join performance_evaluations
        on
            performance_indicators.report_id = performance_evaluations.report_id
            and performance_indicators.evaluation_no = performance_evaluations.evaluation_no
    left join performance_goals
        on
            performance_indicators.report_id = performance_goals.report_id
            and performance_indicators.evaluation_no = performance_goals.evaluation_no
            and performance_indicators.goal_no = performance_goals.goal_no

),

comparable as (

    {#
        A quantity target compares with a quantity actual in the same unit (whitespace aside:
        '%' with '%', 万元 with 万元; 万元 with 万, 件 with 例 do not compare). A target printed
        without an operator (the Hubei template: "100 人", "100%") is a floor: the table scores
        an actual above it in full (250 例 planned, 317 例 done, full score), so it compares as >=.
    #}
    select
        *,
        case when target_kind = 'quantity' then coalesce(target_operator, '>=') end as comparison_operator,
        (
            target_kind = 'quantity'
            and actual_kind = 'quantity'
            and target_value is not null
            and actual_value is not null
            and coalesce({{ squeeze_whitespace('target_unit') }}, '')
            = coalesce({{ squeeze_whitespace('actual_unit') }}, '')
        ) as is_comparable
    from indicators_in_context

),

assessed as (

    {#
        An actual printed as a bound (≥96%) meets the target only when the bound itself does;
        a bound that does not, or one pointing the other way, leaves the answer unknown.
    #}
    select
        *,
        case
            when not is_comparable then null
            when actual_operator in ('>=', '>') and comparison_operator not in ('>=', '>') then null
            when actual_operator in ('<=', '<') and comparison_operator not in ('<=', '<') then null
            when actual_operator in ('>=', '>', '<=', '<')
                then
                    case
                        when comparison_operator = '>=' and actual_value >= target_value then true
                        when comparison_operator = '>' and actual_value > target_value then true
                        when comparison_operator = '<=' and actual_value <= target_value then true
                        when comparison_operator = '<' and actual_value < target_value then true
                    end
            when comparison_operator = '>=' then actual_value >= target_value
            when comparison_operator = '>' then actual_value > target_value
            when comparison_operator = '<=' then actual_value <= target_value
            when comparison_operator = '<' then actual_value < target_value
            when comparison_operator = '=' then actual_value = target_value
        end as is_target_met,
        case
            when weight is not null and score is not null then score = weight
        end as is_full_score
    from comparable

),

final as (

    select
        {{ dbt.concat([
            as_text('report_id'), "'-'", as_text('evaluation_no'), "'-'", as_text('ordinal')
        ]) }} as performance_indicator_id,
        {# Exactly one of the two table keys is set, by the table's level. #}
        case
            when evaluation_level = 'project'
                then {{ dbt.concat([as_text('report_id'), "'-'", as_text('evaluation_no')]) }}
        end as performance_project_id,
        case
            when evaluation_level = 'department'
                then {{ dbt.concat([as_text('report_id'), "'-'", as_text('evaluation_no')]) }}
        end as performance_department_id,
        report_id,
        evaluation_no,
        evaluation_level,
        ordinal as indicator_ordinal,
        project_name,
        goal_no,
        goal_text,
        goal_text_page,
        goal_text_line,
        goal_weight,
        goal_weight_page,
        goal_weight_line,
        level1_name,
        level1_name_page,
        level1_name_line,
        level2_name,
        level2_name_page,
        level2_name_line,
        indicator_name,
        indicator_name_page,
        indicator_name_line,
        target_text,
        target_text_page,
        target_text_line,
        target_operator,
        target_value,
        target_unit,
        target_kind,
        basis,
        basis_page,
        basis_line,
        prior_year_text,
        prior_year_text_page,
        prior_year_text_line,
        prior_year_operator,
        prior_year_value,
        prior_year_unit,
        prior_year_kind,
        weight,
        weight_page,
        weight_line,
        scoring_rule,
        scoring_rule_page,
        scoring_rule_line,
        evidence,
        evidence_page,
        evidence_line,
        actual_text,
        actual_text_page,
        actual_text_line,
        actual_operator,
        actual_value,
        actual_unit,
        actual_kind,
        completion_rate_pct,
        completion_rate_pct_page,
        completion_rate_pct_line,
        score,
        score_page,
        score_line,
        deviation_reason,
        deviation_reason_page,
        deviation_reason_line,
        remark,
        remark_page,
        remark_line,
        comparison_operator,
        is_target_met,
        is_full_score,
        case
            when is_target_met is not null and is_full_score is not null
                then not is_target_met and is_full_score
        end as is_missed_but_full_score
    from assessed

)

select * from final
