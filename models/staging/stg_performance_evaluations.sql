{# Self-evaluation tables (department-level overall table and project tables): header, goals, 总分. #}
with

performance_evaluations as (

    select * from {{ seed_relation('performance_evaluations') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_integer('evaluation_no') }} as evaluation_no,
        {{ as_text('evaluation_level') }} as evaluation_level,
        {{ as_text('template') }} as disclosure_template,
        {{ as_text('title') }} as title,
        {{ as_integer('title_page') }} as title_page,
        {{ as_integer('title_line') }} as title_line,
        {{ as_text('project_name') }} as project_name,
        {{ as_integer('project_name_page') }} as project_name_page,
        {{ as_integer('project_name_line') }} as project_name_line,
        {{ as_text('department_name') }} as department_name,
        {{ as_integer('department_name_page') }} as department_name_page,
        {{ as_integer('department_name_line') }} as department_name_line,
        {{ as_text('implementing_unit') }} as implementing_unit,
        {{ as_integer('implementing_unit_page') }} as implementing_unit_page,
        {{ as_integer('implementing_unit_line') }} as implementing_unit_line,
        {{ as_text('fill_date') }} as fill_date,
        {{ as_integer('fill_date_page') }} as fill_date_page,
        {{ as_integer('fill_date_line') }} as fill_date_line,
        {{ as_text('budget_category') }} as budget_category,
        {{ as_text('project_nature') }} as project_nature,
        {{ as_text('project_type') }} as project_type,
        {{ as_text('goal_expected') }} as goal_expected,
        {{ as_integer('goal_expected_page') }} as goal_expected_page,
        {{ as_integer('goal_expected_line') }} as goal_expected_line,
        {{ as_text('goal_actual') }} as goal_actual,
        {{ as_integer('goal_actual_page') }} as goal_actual_page,
        {{ as_integer('goal_actual_line') }} as goal_actual_line,
        {{ as_text('deviation_analysis') }} as deviation_analysis,
        {{ as_integer('deviation_analysis_page') }} as deviation_analysis_page,
        {{ as_integer('deviation_analysis_line') }} as deviation_analysis_line,
        {{ as_text('improvement_plan') }} as improvement_plan,
        {{ as_integer('improvement_plan_page') }} as improvement_plan_page,
        {{ as_integer('improvement_plan_line') }} as improvement_plan_line,
        {{ as_number('indicator_weight') }} as indicator_weight,
        {{ as_integer('indicator_weight_page') }} as indicator_weight_page,
        {{ as_integer('indicator_weight_line') }} as indicator_weight_line,
        {{ as_number('total_weight') }} as total_weight,
        {{ as_integer('total_weight_page') }} as total_weight_page,
        {{ as_integer('total_weight_line') }} as total_weight_line,
        {{ as_number('total_score') }} as total_score,
        {{ as_integer('total_score_page') }} as total_score_page,
        {{ as_integer('total_score_line') }} as total_score_line
    from performance_evaluations

)

select * from typed
