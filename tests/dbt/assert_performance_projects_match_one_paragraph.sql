{#
    Every project self-evaluation table of a report that prints numbered project paragraphs
    (Tongcheng) is described by exactly one of them, and no paragraph describes two tables
    (see int_performance_paragraphs_matched for how they are matched). Returns the tables
    matched to no paragraph or to several.
#}
with

project_tables as (

    select
        report_id,
        evaluation_no,
        project_name
    from {{ ref('stg_performance_evaluations') }}
    where evaluation_level = 'project'

),

reports_with_paragraphs as (

    select distinct report_id
    from {{ ref('stg_performance_project_paragraphs') }}

),

matches as (

    select
        report_id,
        evaluation_no,
        count(*) as paragraph_count
    from {{ ref('int_performance_paragraphs_matched') }}
    group by
        report_id,
        evaluation_no

)

select
    project_tables.report_id,
    project_tables.evaluation_no,
    project_tables.project_name,
    coalesce(matches.paragraph_count, 0) as paragraph_count
from project_tables
inner join reports_with_paragraphs
    on project_tables.report_id = reports_with_paragraphs.report_id
left join matches
    on
        project_tables.report_id = matches.report_id
        and project_tables.evaluation_no = matches.evaluation_no
where coalesce(matches.paragraph_count, 0) <> 1
