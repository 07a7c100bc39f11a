{#
    Indicator rows of the self-evaluation tables: targets and actuals as printed, and parsed
    into operator, number, unit and kind (see macros/parsing.sql).
#}
with

performance_indicators as (

    select * from {{ seed_relation('performance_indicators') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_integer('evaluation_no') }} as evaluation_no,
        {{ as_integer('ordinal') }} as ordinal,
        {{ as_integer('goal_no') }} as goal_no,
        {{ as_text('level1_name') }} as level1_name,
        {{ as_integer('level1_name_page') }} as level1_name_page,
        {{ as_integer('level1_name_line') }} as level1_name_line,
        {{ as_text('level2_name') }} as level2_name,
        {{ as_integer('level2_name_page') }} as level2_name_page,
        {{ as_integer('level2_name_line') }} as level2_name_line,
        {{ as_text('indicator_name') }} as indicator_name,
        {{ as_integer('indicator_name_page') }} as indicator_name_page,
        {{ as_integer('indicator_name_line') }} as indicator_name_line,
        {{ as_text('target_text') }} as target_text,
        {{ as_integer('target_text_page') }} as target_text_page,
        {{ as_integer('target_text_line') }} as target_text_line,
        {{ parse_indicator_value('target_text', 'target') }},
        {{ as_text('basis') }} as basis,
        {{ as_integer('basis_page') }} as basis_page,
        {{ as_integer('basis_line') }} as basis_line,
        {{ as_text('prior_year_text') }} as prior_year_text,
        {{ as_integer('prior_year_text_page') }} as prior_year_text_page,
        {{ as_integer('prior_year_text_line') }} as prior_year_text_line,
        {{ parse_indicator_value('prior_year_text', 'prior_year') }},
        {{ as_number('weight') }} as weight,
        {{ as_integer('weight_page') }} as weight_page,
        {{ as_integer('weight_line') }} as weight_line,
        {{ as_text('scoring_rule') }} as scoring_rule,
        {{ as_integer('scoring_rule_page') }} as scoring_rule_page,
        {{ as_integer('scoring_rule_line') }} as scoring_rule_line,
        {{ as_text('evidence') }} as evidence,
        {{ as_integer('evidence_page') }} as evidence_page,
        {{ as_integer('evidence_line') }} as evidence_line,
        {{ as_text('actual_text') }} as actual_text,
        {{ as_integer('actual_text_page') }} as actual_text_page,
        {{ as_integer('actual_text_line') }} as actual_text_line,
        {{ parse_indicator_value('actual_text', 'actual') }},
        {{ as_number('completion_rate_pct') }} as completion_rate_pct,
        {{ as_integer('completion_rate_pct_page') }} as completion_rate_pct_page,
        {{ as_integer('completion_rate_pct_line') }} as completion_rate_pct_line,
        {{ as_number('score') }} as score,
        {{ as_integer('score_page') }} as score_page,
        {{ as_integer('score_line') }} as score_line,
        {{ as_text('deviation_reason') }} as deviation_reason,
        {{ as_integer('deviation_reason_page') }} as deviation_reason_page,
        {{ as_integer('deviation_reason_line') }} as deviation_reason_line,
        {{ as_text('remark') }} as remark,
        {{ as_integer('remark_page') }} as remark_page,
        {{ as_integer('remark_line') }} as remark_line
    from performance_indicators

)

select * from typed
