{#
    Each project self-evaluation table next to the numbered project paragraph of the same
    report that describes it (Tongcheng prints one paragraph per project before its tables).
    The names are printed twice and do not always agree character for character, so the match
    is made in two deliberate steps:
    1. the same name once whitespace is removed (the PDF text breaks and spaces names freely);
    2. for a table and a paragraph both left over from step 1: the same place in the report's
       order (paragraph n describes the n-th project table) and a name of the same length, i.e.
       a misprinted character (退休人员社会代管理服务经费 / 社会化管理), not another project.
    A table matched by neither step has no row here; a test requires every project table of a
    report with paragraphs to match exactly one.
#}
with

performance_evaluations as (

    select * from {{ ref('stg_performance_evaluations') }}

),

performance_project_paragraphs as (

    select * from {{ ref('stg_performance_project_paragraphs') }}

),

project_tables as (

    select
        report_id,
        evaluation_no,
        project_name,
        {{ squeeze_whitespace('project_name') }} as squeezed_name,
        row_number() over (partition by report_id order by evaluation_no) as project_position
    from performance_evaluations
    where evaluation_level = 'project'

),

paragraphs as (

    select
        report_id,
        ordinal as paragraph_ordinal,
        project_name as paragraph_project_name,
        project_name_page as paragraph_project_name_page,
        project_name_line as paragraph_project_name_line,
        {{ squeeze_whitespace('project_name') }} as squeezed_name,
        budget_wan_yuan,
        budget_wan_yuan_page,
        budget_wan_yuan_line,
        executed_wan_yuan,
        executed_wan_yuan_page,
        executed_wan_yuan_line,
        completion_pct,
        completion_pct_page,
        completion_pct_line
    from performance_project_paragraphs

),

name_matches as (

    select
        project_tables.report_id,
        project_tables.evaluation_no,
        paragraphs.paragraph_ordinal,
        'same_name' as match_method
    from project_tables
    inner join paragraphs
        on
            project_tables.report_id = paragraphs.report_id
            and project_tables.squeezed_name = paragraphs.squeezed_name

),

tables_left_over as (

    select project_tables.*
    from project_tables
    left join name_matches
        on
            project_tables.report_id = name_matches.report_id
            and project_tables.evaluation_no = name_matches.evaluation_no
    where name_matches.evaluation_no is null

),

paragraphs_left_over as (

    select paragraphs.*
    from paragraphs
    left join name_matches
        on
            paragraphs.report_id = name_matches.report_id
            and paragraphs.paragraph_ordinal = name_matches.paragraph_ordinal
    where name_matches.paragraph_ordinal is null

),

position_matches as (

    select
        tables_left_over.report_id,
        tables_left_over.evaluation_no,
        paragraphs_left_over.paragraph_ordinal,
        'same_position_and_length' as match_method
    from tables_left_over
    inner join paragraphs_left_over
        on
            tables_left_over.report_id = paragraphs_left_over.report_id
            and tables_left_over.project_position = paragraphs_left_over.paragraph_ordinal
            and {{ dbt.length('tables_left_over.squeezed_name') }}
            = {{ dbt.length('paragraphs_left_over.squeezed_name') }}

),

matches as (

    select * from name_matches
    union all
    select * from position_matches

),

final as (

    select
        matches.report_id,
        matches.evaluation_no,
        matches.paragraph_ordinal,
        matches.match_method,
        paragraphs.paragraph_project_name,
        paragraphs.paragraph_project_name_page,
        paragraphs.paragraph_project_name_line,
        paragraphs.budget_wan_yuan,
        paragraphs.budget_wan_yuan_page,
        paragraphs.budget_wan_yuan_line,
        paragraphs.executed_wan_yuan,
        paragraphs.executed_wan_yuan_page,
        paragraphs.executed_wan_yuan_line,
        paragraphs.completion_pct,
        paragraphs.completion_pct_page,
        paragraphs.completion_pct_line
    from matches
    inner join paragraphs
        on
            matches.report_id = paragraphs.report_id
            and matches.paragraph_ordinal = paragraphs.paragraph_ordinal

)

select * from final
