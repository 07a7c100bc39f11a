{#
    What the text claims about the self-evaluation, checked against the self-evaluation tables
    (one row per claim, macros/check_row.sql; a place is a text line, or 'p<page>:<line>'):
      perf_claim_targets_met  均达到…绩效目标 / 目标全部完成 / 无未完成绩效目标: the claimed number of
                              missed targets (0) against the indicators whose actual misses their
                              target (fct_performance_indicator.is_target_met = false)
      perf_claim_grade        评价结果为“优”: the lowest score of the claimed grade against that of
                              the grade the table's 总分 falls in (seeds/performance_grades.csv)
      perf_claim_score        自评分为 N 分, a figure of a narrative self-evaluation report, against
                              the 总分 of the table that report is about; and its parts (其中：资金
                              投入20分，产出指标40分…) against the 预算执行 score and the scores of
                              the 一级指标 they name
    The wordings are rows of seeds/text_patterns.csv; `expects` says which tables a claim speaks
    of: every project table of the report (projects), the department-level table (department),
    or the table of the narrative self-evaluation report it is printed in (section).
#}
{#- Score figures of the narrative reports (performance_report_figures.figure_name) and the
    一级指标 whose scores add up to them; none: the table's 预算执行 (资金投入) score. -#}
{%- set part_score_figures = [
    ('资金投入得分', []),
    ('产出指标得分', ['产出指标']),
    ('效益指标得分', ['效益指标']),
    ('满意度指标得分', ['满意度指标']),
    ('效益指标和群众满意度得分', ['效益指标', '满意度指标']),
] -%}

with

performance_indicators as (

    select * from {{ ref('fct_performance_indicator') }}

),

performance_projects as (

    select * from {{ ref('fct_performance_project') }}

),

performance_departments as (

    select * from {{ ref('fct_performance_department') }}

),

report_figures as (

    select * from {{ ref('fct_performance_report_figure') }}

),

performance_grades as (

    select * from {{ ref('stg_performance_grades') }}

),

evaluation_tables as (

    select
        report_id,
        performance_project_id as table_id,
        'project' as evaluation_level,
        total_score,
        {{ place_of('total_score') }} as total_score_place,
        execution_score,
        {{ place_of('execution_score') }} as execution_score_place
    from performance_projects

    union all

    select
        report_id,
        performance_department_id as table_id,
        'department' as evaluation_level,
        total_score,
        {{ place_of('total_score') }} as total_score_place,
        execution_score,
        {{ place_of('execution_score') }} as execution_score_place
    from performance_departments

),

sections as (

    {#
        The narrative self-evaluation reports (fct_performance_report_figure): each runs from its
        title to the next one's. A department report is about the report's department table.
    #}
    select distinct
        report_id,
        report_section,
        section_level,
        {# Where a report starts, in document order: page (none in a text document), then line. #}
        {{ document_position('section_title_page', 'section_title_line') }} as first_position,
        performance_project_id as project_table_id
    from report_figures

),

section_ranges as (

    select
        sections.report_id,
        sections.report_section,
        sections.section_level,
        sections.first_position,
        sections.project_table_id,
        min(later_sections.first_position) as next_first_position
    from sections
    left join sections as later_sections
        on
            sections.report_id = later_sections.report_id
            and sections.first_position < later_sections.first_position
    group by
        sections.report_id,
        sections.report_section,
        sections.section_level,
        sections.first_position,
        sections.project_table_id

),

claims as (

    {# Two wordings found at one place are one claim. #}
    select distinct
        report_id,
        page_number,
        line_number,
        place,
        check_id,
        expects,
        captured
    from ({{ text_patterns_matched(['perf_claim_targets_met', 'perf_claim_grade']) }}) as matches

),

claim_tables as (

    {# Each claim with the tables it speaks of (none found: the claim cannot be checked). #}
    select
        claims.report_id,
        claims.place,
        claims.check_id,
        claims.captured,
        evaluation_tables.table_id,
        evaluation_tables.total_score,
        evaluation_tables.total_score_place
    from claims
    left join section_ranges
        on
            claims.expects = 'section'
            and claims.report_id = section_ranges.report_id
            and {{ document_position('claims.page_number', 'claims.line_number') }} >= section_ranges.first_position
            and (
                section_ranges.next_first_position is null
                or {{ document_position('claims.page_number', 'claims.line_number') }}
                < section_ranges.next_first_position
            )
    left join evaluation_tables
        on
            claims.report_id = evaluation_tables.report_id
            and (
                (claims.expects = 'projects' and evaluation_tables.evaluation_level = 'project')
                or (claims.expects = 'department' and evaluation_tables.evaluation_level = 'department')
                or (
                    claims.expects = 'section'
                    and (
                        section_ranges.project_table_id = evaluation_tables.table_id
                        or (
                            section_ranges.section_level = 'department'
                            and evaluation_tables.evaluation_level = 'department'
                        )
                    )
                )
            )

),

missed_targets as (

    select
        claim_tables.report_id,
        claim_tables.place,
        claim_tables.captured,
        count(distinct claim_tables.table_id) as table_count,
        sum(case when performance_indicators.is_target_met = false then 1 else 0 end) as missed_count,
        {{ dbt.listagg(
            "case when performance_indicators.is_target_met = false then "
            ~ place_of('performance_indicators.target_text') ~ " end",
            "';'", 'order by performance_indicators.target_text_page, performance_indicators.target_text_line'
        ) }} as missed_places
    from claim_tables
    left join performance_indicators
        on
            claim_tables.table_id = coalesce(
                performance_indicators.performance_project_id, performance_indicators.performance_department_id
            )
    where claim_tables.check_id = 'perf_claim_targets_met'
    group by
        claim_tables.report_id,
        claim_tables.place,
        claim_tables.captured

),

targets_met as (

    select
        {{ check_row(
            'perf_claim_targets_met',
            dbt.concat(['captured', "' / '", 'place']),
            '0',
            'missed_count',
            '0',
            ['place', 'missed_places'],
            missing='(table_count = 0)'
        ) }}
    from missed_targets

),

grades as (

    {# The grade a total score falls in: the highest band whose lowest score it reaches. #}
    select
        claim_tables.report_id,
        claim_tables.place,
        claim_tables.captured,
        claim_tables.table_id,
        claim_tables.total_score,
        claim_tables.total_score_place,
        claimed_grade.lowest_score as claimed_lowest_score,
        max(band.lowest_score) as scored_lowest_score
    from claim_tables
    left join performance_grades as claimed_grade
        on claim_tables.captured = claimed_grade.grade
    left join performance_grades as band
        on claim_tables.total_score >= band.lowest_score
    where claim_tables.check_id = 'perf_claim_grade'
    group by
        claim_tables.report_id,
        claim_tables.place,
        claim_tables.captured,
        claim_tables.table_id,
        claim_tables.total_score,
        claim_tables.total_score_place,
        claimed_grade.lowest_score

),

grade as (

    select
        {{ check_row(
            'perf_claim_grade',
            dbt.concat(["'评价结果“'", 'captured', "'” / '", 'place']),
            'claimed_lowest_score',
            'scored_lowest_score',
            '0',
            ['place', 'total_score_place'],
            missing='(total_score is null or claimed_lowest_score is null)'
        ) }}
    from grades

),

stated_scores as (

    select
        report_figures.report_id,
        report_figures.report_section,
        report_figures.figure_value,
        {{ place_of('report_figures.figure_value') }} as figure_value_place,
        evaluation_tables.total_score,
        evaluation_tables.total_score_place,
        {{ printed_decimals_of('performance_report_figures',
            dbt.concat(['report_figures.report_id', "'|'", 'report_figures.report_section', "'|'",
                        as_text('report_figures.figure_ordinal')]),
            'value') }} as figure_decimals
    from report_figures
    left join evaluation_tables
        on
            report_figures.report_id = evaluation_tables.report_id
            and (
                report_figures.performance_project_id = evaluation_tables.table_id
                or (report_figures.section_level = 'department' and evaluation_tables.evaluation_level = 'department')
            )
    where report_figures.figure_name = '自评分'

),

score as (

    select
        {{ check_row(
            'perf_claim_score',
            dbt.concat(['report_section', "' / 自评分'"]),
            'figure_value',
            'total_score',
            half_unit('figure_decimals'),
            ['figure_value_place', 'total_score_place'],
            missing='(total_score is null)'
        ) }}
    from stated_scores

),

level1_scores as (

    select
        coalesce(performance_project_id, performance_department_id) as table_id,
        level1_name,
        count(*) as indicator_count,
        sum(score) as score_sum,
        sum(case when score is null then 1 else 0 end) as scores_not_printed,
        {{ dbt.listagg(place_of('score'), "';'", 'order by indicator_ordinal') }} as score_places
    from performance_indicators
    group by
        coalesce(performance_project_id, performance_department_id),
        level1_name

),

stated_part_scores as (

    {% for figure_name, level1_names in part_score_figures %}
    select
        report_figures.report_id,
        report_figures.report_section,
        report_figures.figure_name,
        report_figures.figure_value,
        {{ place_of('report_figures.figure_value') }} as figure_value_place,
        {% if level1_names %}
        sum(level1_scores.score_sum) as part_score,
        coalesce(sum(level1_scores.indicator_count), 0) as part_count,
        sum(level1_scores.scores_not_printed) as parts_not_printed,
        {{ dbt.listagg('level1_scores.score_places', "';'", 'order by level1_scores.level1_name') }} as part_places,
        {% else %}
        max(evaluation_tables.execution_score) as part_score,
        1 as part_count,
        sum(case when evaluation_tables.execution_score is null then 1 else 0 end) as parts_not_printed,
        max(evaluation_tables.execution_score_place) as part_places,
        {% endif %}
        {{ printed_decimals_of('performance_report_figures',
            dbt.concat(['report_figures.report_id', "'|'", 'report_figures.report_section', "'|'",
                        as_text('report_figures.figure_ordinal')]),
            'value') }} as figure_decimals
    from report_figures
    left join evaluation_tables
        on report_figures.performance_project_id = evaluation_tables.table_id
    {% if level1_names %}
    left join level1_scores
        on
            evaluation_tables.table_id = level1_scores.table_id
            and level1_scores.level1_name in (
                {%- for level1_name in level1_names %}
                '{{ level1_name }}'{% if not loop.last %},{% endif %}
                {%- endfor %}
            )
    {% endif %}
    where report_figures.figure_name = '{{ figure_name }}'
    group by
        report_figures.report_id,
        report_figures.report_section,
        report_figures.figure_name,
        report_figures.figure_value,
        report_figures.figure_value_page,
        report_figures.figure_value_line,
        report_figures.figure_ordinal
    {% if not loop.last %}
    union all
    {% endif %}
    {% endfor %}

),

part_score as (

    select
        {{ check_row(
            'perf_claim_score',
            dbt.concat(['report_section', "' / '", 'figure_name']),
            'figure_value',
            'part_score',
            sum_tolerance('part_count', 'figure_decimals'),
            ['figure_value_place', 'part_places'],
            missing='(part_score is null or parts_not_printed > 0)'
        ) }}
    from stated_part_scores

),

final as (

    select * from targets_met
    union all
    select * from grade
    union all
    select * from score
    union all
    select * from part_score

)

select * from final
