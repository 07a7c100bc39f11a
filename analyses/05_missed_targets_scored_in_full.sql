{#
    问题：哪些绩效指标没有达到年度指标值，却拿了满分？
    读法：每个指标一行。指标值、实际完成值、分值、得分、评分规则和偏差原因均为自评表原文；
    “未达成”（is_target_met = false）与“满分”（得分 = 分值）是仓库按原文计算的判断：只有指标值
    和实际值都是同一单位的数量时才判断达成与否，定性指标、期限指标和单位不同的指标不在此列。
    湖北模板（通城县）不印分值，无法判断是否满分，所以不会出现；shortfall 为计算的差额
    （实际 − 指标值，单位同原文）。

    Question: which performance indicators missed their annual target yet received the full
    score?
    How to read: one row per indicator. Target, actual, weight, score, scoring rule and deviation
    reason are as printed; "missed" (is_target_met = false) and "full score" (score = weight) are
    the warehouse's computed judgements: a target is judged only when target and actual are
    quantities in the same unit, so qualitative, deadline and mixed-unit indicators cannot appear.
    The Hubei template (Tongcheng) prints no weights, so "full score" cannot be judged there.
    shortfall_value is computed (actual − target, in the printed unit).
#}
with

performance_indicators as (

    select * from {{ ref('fct_performance_indicator') }}

),

final as (

    select
        report_id,
        evaluation_no,
        indicator_ordinal,
        project_name,
        level1_name,
        level2_name,
        indicator_name,
        target_text,
        actual_text,
        actual_value - target_value as shortfall_value,
        target_unit,
        completion_rate_pct,
        weight,
        score,
        scoring_rule,
        deviation_reason,
        indicator_name_line,
        target_text_line,
        actual_text_line,
        score_line
    from performance_indicators
    where
        is_target_met = false
        and is_full_score = true

)

select
    report_id,
    evaluation_no,
    indicator_ordinal,
    project_name,
    level1_name,
    level2_name,
    indicator_name,
    target_text,
    actual_text,
    shortfall_value,
    target_unit,
    completion_rate_pct,
    weight,
    score,
    scoring_rule,
    deviation_reason,
    indicator_name_line,
    target_text_line,
    actual_text_line,
    score_line
from final
order by report_id, evaluation_no, indicator_ordinal
