{#
    One row per figure printed in a narrative self-evaluation report (Tongcheng's reports on
    the department's projects as a whole and on some projects), linked to the project table
    the report is about.
#}
with

performance_report_figures as (

    select * from {{ ref('stg_performance_report_figures') }}

),

performance_evaluations as (

    select * from {{ ref('stg_performance_evaluations') }}

),

project_tables as (

    select
        report_id,
        evaluation_no,
        {{ squeeze_whitespace('project_name') }} as squeezed_name
    from performance_evaluations
    where evaluation_level = 'project'

),

figures_with_project as (

    {#
        A project report's section is named after its project; names are compared without
        whitespace, which the section names drop. The department's report has no project.
    #}
    select
        performance_report_figures.*,
        project_tables.evaluation_no
    from performance_report_figures
    left join project_tables
        on
            performance_report_figures.report_id = project_tables.report_id
            and {{ squeeze_whitespace('performance_report_figures.report_section') }} = project_tables.squeezed_name

),

final as (

    select
        report_id,
        report_section,
        ordinal as figure_ordinal,
        case when report_section = 'department' then 'department' else 'project' end as section_level,
        case
            when evaluation_no is not null
                then {{ dbt.concat([as_text('report_id'), "'-'", as_text('evaluation_no')]) }}
        end as performance_project_id,
        section_title,
        section_title_page,
        section_title_line,
        figure_name,
        unit,
        figure_value,
        figure_value_page,
        figure_value_line,
        context,
        context_page,
        context_line
    from figures_with_project

)

select * from final
