{#
    One row per project self-evaluation table (项目支出绩效自评表): its header, its funds (the
    total row, the current-year fiscal row and the other-funds row side by side), its goals and
    score, counts over its indicators, and, where the report prints one, the numbered project
    paragraph that describes the same project.
#}
with

performance_evaluations as (

    select * from {{ ref('stg_performance_evaluations') }}

),

performance_funds_classified as (

    select * from {{ ref('int_performance_funds_classified') }}

),

performance_indicators as (

    select * from {{ ref('stg_performance_indicators') }}

),

performance_paragraphs_matched as (

    select * from {{ ref('int_performance_paragraphs_matched') }}

),

project_tables as (

    select * from performance_evaluations
    where evaluation_level = 'project'

),

funds_pivoted as (

    {# A project table prints each kind of funding row at most once (unique test on the code). #}
    select
        report_id,
        evaluation_no,
        max(case when fund_source_code = 'total' then initial_budget_wan_yuan end) as initial_budget_wan_yuan,
        max(case when fund_source_code = 'total' then initial_budget_wan_yuan_page end)
            as initial_budget_wan_yuan_page,
        max(case when fund_source_code = 'total' then initial_budget_wan_yuan_line end)
            as initial_budget_wan_yuan_line,
        max(case when fund_source_code = 'total' then full_year_budget_wan_yuan end) as full_year_budget_wan_yuan,
        max(case when fund_source_code = 'total' then full_year_budget_wan_yuan_page end)
            as full_year_budget_wan_yuan_page,
        max(case when fund_source_code = 'total' then full_year_budget_wan_yuan_line end)
            as full_year_budget_wan_yuan_line,
        max(case when fund_source_code = 'total' then executed_wan_yuan end) as executed_wan_yuan,
        max(case when fund_source_code = 'total' then executed_wan_yuan_page end) as executed_wan_yuan_page,
        max(case when fund_source_code = 'total' then executed_wan_yuan_line end) as executed_wan_yuan_line,
        max(case when fund_source_code = 'total' then execution_rate_pct end) as execution_rate_pct,
        max(case when fund_source_code = 'total' then execution_rate_pct_page end) as execution_rate_pct_page,
        max(case when fund_source_code = 'total' then execution_rate_pct_line end) as execution_rate_pct_line,
        max(case when fund_source_code = 'total' then weight end) as execution_weight,
        max(case when fund_source_code = 'total' then weight_page end) as execution_weight_page,
        max(case when fund_source_code = 'total' then weight_line end) as execution_weight_line,
        max(case when fund_source_code = 'total' then score end) as execution_score,
        max(case when fund_source_code = 'total' then score_page end) as execution_score_page,
        max(case when fund_source_code = 'total' then score_line end) as execution_score_line,
        max(case when fund_source_code = 'current_year_fiscal' then initial_budget_wan_yuan end)
            as fiscal_initial_budget_wan_yuan,
        max(case when fund_source_code = 'current_year_fiscal' then initial_budget_wan_yuan_page end)
            as fiscal_initial_budget_wan_yuan_page,
        max(case when fund_source_code = 'current_year_fiscal' then initial_budget_wan_yuan_line end)
            as fiscal_initial_budget_wan_yuan_line,
        max(case when fund_source_code = 'current_year_fiscal' then full_year_budget_wan_yuan end)
            as fiscal_full_year_budget_wan_yuan,
        max(case when fund_source_code = 'current_year_fiscal' then full_year_budget_wan_yuan_page end)
            as fiscal_full_year_budget_wan_yuan_page,
        max(case when fund_source_code = 'current_year_fiscal' then full_year_budget_wan_yuan_line end)
            as fiscal_full_year_budget_wan_yuan_line,
        max(case when fund_source_code = 'current_year_fiscal' then executed_wan_yuan end)
            as fiscal_executed_wan_yuan,
        max(case when fund_source_code = 'current_year_fiscal' then executed_wan_yuan_page end)
            as fiscal_executed_wan_yuan_page,
        max(case when fund_source_code = 'current_year_fiscal' then executed_wan_yuan_line end)
            as fiscal_executed_wan_yuan_line,
        max(case when fund_source_code = 'other' then initial_budget_wan_yuan end) as other_initial_budget_wan_yuan,
        max(case when fund_source_code = 'other' then initial_budget_wan_yuan_page end)
            as other_initial_budget_wan_yuan_page,
        max(case when fund_source_code = 'other' then initial_budget_wan_yuan_line end)
            as other_initial_budget_wan_yuan_line,
        max(case when fund_source_code = 'other' then full_year_budget_wan_yuan end)
            as other_full_year_budget_wan_yuan,
        max(case when fund_source_code = 'other' then full_year_budget_wan_yuan_page end)
            as other_full_year_budget_wan_yuan_page,
        max(case when fund_source_code = 'other' then full_year_budget_wan_yuan_line end)
            as other_full_year_budget_wan_yuan_line,
        max(case when fund_source_code = 'other' then executed_wan_yuan end) as other_executed_wan_yuan,
        max(case when fund_source_code = 'other' then executed_wan_yuan_page end) as other_executed_wan_yuan_page,
        max(case when fund_source_code = 'other' then executed_wan_yuan_line end) as other_executed_wan_yuan_line
    from performance_funds_classified
    where evaluation_level = 'project'
    group by
        report_id,
        evaluation_no

),

indicator_totals as (

    {# Computed here, not printed: the printed 总分 is total_score. #}
    select
        report_id,
        evaluation_no,
        {{ as_integer('count(*)') }} as indicator_count,
        {{ as_number('sum(weight)') }} as indicator_weight_sum,
        {{ as_number('sum(score)') }} as indicator_score_sum
    from performance_indicators
    group by
        report_id,
        evaluation_no

),

final as (

    select
        {{ dbt.concat([as_text('project_tables.report_id'), "'-'", as_text('project_tables.evaluation_no')]) }}
            as performance_project_id,
        project_tables.report_id,
        project_tables.evaluation_no,
        project_tables.title,
        project_tables.title_page,
        project_tables.title_line,
        project_tables.project_name,
        project_tables.project_name_page,
        project_tables.project_name_line,
        project_tables.department_name,
        project_tables.department_name_page,
        project_tables.department_name_line,
        project_tables.implementing_unit,
        project_tables.implementing_unit_page,
        project_tables.implementing_unit_line,
        project_tables.disclosure_template as evaluation_template,
        project_tables.budget_category,
        project_tables.project_nature,
        project_tables.project_type,
        project_tables.fill_date,
        project_tables.fill_date_page,
        project_tables.fill_date_line,
        funds_pivoted.initial_budget_wan_yuan,
        funds_pivoted.initial_budget_wan_yuan_page,
        funds_pivoted.initial_budget_wan_yuan_line,
        funds_pivoted.full_year_budget_wan_yuan,
        funds_pivoted.full_year_budget_wan_yuan_page,
        funds_pivoted.full_year_budget_wan_yuan_line,
        funds_pivoted.executed_wan_yuan,
        funds_pivoted.executed_wan_yuan_page,
        funds_pivoted.executed_wan_yuan_line,
        funds_pivoted.execution_rate_pct,
        funds_pivoted.execution_rate_pct_page,
        funds_pivoted.execution_rate_pct_line,
        funds_pivoted.execution_weight,
        funds_pivoted.execution_weight_page,
        funds_pivoted.execution_weight_line,
        funds_pivoted.execution_score,
        funds_pivoted.execution_score_page,
        funds_pivoted.execution_score_line,
        funds_pivoted.fiscal_initial_budget_wan_yuan,
        funds_pivoted.fiscal_initial_budget_wan_yuan_page,
        funds_pivoted.fiscal_initial_budget_wan_yuan_line,
        funds_pivoted.fiscal_full_year_budget_wan_yuan,
        funds_pivoted.fiscal_full_year_budget_wan_yuan_page,
        funds_pivoted.fiscal_full_year_budget_wan_yuan_line,
        funds_pivoted.fiscal_executed_wan_yuan,
        funds_pivoted.fiscal_executed_wan_yuan_page,
        funds_pivoted.fiscal_executed_wan_yuan_line,
        funds_pivoted.other_initial_budget_wan_yuan,
        funds_pivoted.other_initial_budget_wan_yuan_page,
        funds_pivoted.other_initial_budget_wan_yuan_line,
        funds_pivoted.other_full_year_budget_wan_yuan,
        funds_pivoted.other_full_year_budget_wan_yuan_page,
        funds_pivoted.other_full_year_budget_wan_yuan_line,
        funds_pivoted.other_executed_wan_yuan,
        funds_pivoted.other_executed_wan_yuan_page,
        funds_pivoted.other_executed_wan_yuan_line,
        project_tables.indicator_weight,
        project_tables.indicator_weight_page,
        project_tables.indicator_weight_line,
        project_tables.total_weight,
        project_tables.total_weight_page,
        project_tables.total_weight_line,
        project_tables.total_score,
        project_tables.total_score_page,
        project_tables.total_score_line,
        project_tables.goal_expected,
        project_tables.goal_expected_page,
        project_tables.goal_expected_line,
        project_tables.goal_actual,
        project_tables.goal_actual_page,
        project_tables.goal_actual_line,
        project_tables.deviation_analysis,
        project_tables.deviation_analysis_page,
        project_tables.deviation_analysis_line,
        project_tables.improvement_plan,
        project_tables.improvement_plan_page,
        project_tables.improvement_plan_line,
        coalesce(indicator_totals.indicator_count, 0) as indicator_count,
        indicator_totals.indicator_weight_sum,
        indicator_totals.indicator_score_sum,
        performance_paragraphs_matched.paragraph_ordinal,
        performance_paragraphs_matched.paragraph_project_name,
        performance_paragraphs_matched.paragraph_project_name_page,
        performance_paragraphs_matched.paragraph_project_name_line,
        performance_paragraphs_matched.match_method as paragraph_match_method,
        performance_paragraphs_matched.budget_wan_yuan as paragraph_budget_wan_yuan,
        performance_paragraphs_matched.budget_wan_yuan_page as paragraph_budget_wan_yuan_page,
        performance_paragraphs_matched.budget_wan_yuan_line as paragraph_budget_wan_yuan_line,
        performance_paragraphs_matched.executed_wan_yuan as paragraph_executed_wan_yuan,
        performance_paragraphs_matched.executed_wan_yuan_page as paragraph_executed_wan_yuan_page,
        performance_paragraphs_matched.executed_wan_yuan_line as paragraph_executed_wan_yuan_line,
        performance_paragraphs_matched.completion_pct as paragraph_completion_pct,
        performance_paragraphs_matched.completion_pct_page as paragraph_completion_pct_page,
        performance_paragraphs_matched.completion_pct_line as paragraph_completion_pct_line
    from project_tables
    left join funds_pivoted
        on
            project_tables.report_id = funds_pivoted.report_id
            and project_tables.evaluation_no = funds_pivoted.evaluation_no
    left join indicator_totals
        on
            project_tables.report_id = indicator_totals.report_id
            and project_tables.evaluation_no = indicator_totals.evaluation_no
    left join performance_paragraphs_matched
        on
            project_tables.report_id = performance_paragraphs_matched.report_id
            and project_tables.evaluation_no = performance_paragraphs_matched.evaluation_no

)

select * from final
