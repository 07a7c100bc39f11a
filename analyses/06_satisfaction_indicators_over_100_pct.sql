{#
    问题：哪些满意度指标的实际完成值或完成率超过 100%？
    读法：每个指标一行。满意度指标指一级指标为“满意度指标”或指标名称含“满意”的指标。
    实际完成值与完成率均为自评表原文（百分数以百分点表示）；满意度不可能超过 100%，
    完成率超过 100% 多是把“完成率”按实际值/指标值计算（100/95 ≈ 105%），
    actual_over_100 与 completion_rate_over_100 说明是哪一项超过。

    Question: which satisfaction indicators report an actual value or a completion rate above
    100%?
    How to read: one row per indicator. A satisfaction indicator is one whose level-1 indicator
    is 满意度指标 or whose name contains 满意. Actual value and completion rate are as printed
    (percentages in percentage points). Satisfaction cannot exceed 100%; a completion rate above
    100% usually comes from dividing the actual by the target (100 / 95 ≈ 105%).
    actual_over_100 and completion_rate_over_100 say which of the two exceeds 100.
#}
with

performance_indicators as (

    select * from {{ ref('fct_performance_indicator') }}

),

satisfaction_indicators as (

    select
        report_id,
        evaluation_no,
        indicator_ordinal,
        project_name,
        indicator_name,
        target_text,
        actual_text,
        actual_value,
        completion_rate_pct,
        weight,
        score,
        indicator_name_line,
        actual_text_line,
        completion_rate_pct_line,
        coalesce(actual_unit = '%' and actual_value > 100, false) as actual_over_100,
        coalesce(completion_rate_pct > 100, false) as completion_rate_over_100
    from performance_indicators
    where
        level1_name like '%满意度%'
        or indicator_name like '%满意%'

),

final as (

    select
        report_id,
        evaluation_no,
        indicator_ordinal,
        project_name,
        indicator_name,
        target_text,
        actual_text,
        actual_value,
        completion_rate_pct,
        actual_over_100,
        completion_rate_over_100,
        weight,
        score,
        indicator_name_line,
        actual_text_line,
        completion_rate_pct_line
    from satisfaction_indicators
    where
        actual_over_100
        or completion_rate_over_100

)

select
    report_id,
    evaluation_no,
    indicator_ordinal,
    project_name,
    indicator_name,
    target_text,
    actual_text,
    actual_value,
    completion_rate_pct,
    actual_over_100,
    completion_rate_over_100,
    weight,
    score,
    indicator_name_line,
    actual_text_line,
    completion_rate_pct_line
from final
order by report_id, evaluation_no, indicator_ordinal
