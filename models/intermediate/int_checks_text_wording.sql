{#
    The documents' own wording checked, with the patterns of seeds/text_patterns.csv (one row per
    comparison, macros/check_row.sql; a place is a text line, or 'p<page>:<line>' in a PDF):
      text_placeholder_left         a template placeholder left in the text (XX局, ××, 增加（减少）
                                    whose choice was not made): each occurrence is a finding
      text_year_not_report_year     a year in a title (2023年度部门决算) or a 截至…年12月31日 date
                                    compared with the report's fiscal year
      text_comparison_contradicted  决算数大于/小于/等于预算数 against the budget and actual stated just
                                    before it (预算为 X 万元 … 决算为 Y 万元): 1 where they agree, 0 not
    The patterns are matched at the line where they start, a phrase broken across two lines
    included (macros/text_patterns_matched.sql).
#}
{%- set preceding_lines = 5 -%}

with

reports as (

    select * from {{ ref('stg_reports') }}

),

placed_lines as (

    select * from {{ ref('int_document_lines_placed') }}

),

text_patterns as (

    select * from {{ ref('stg_text_patterns') }}

),

matches_starting_here as (

    {{ text_patterns_matched(['text_placeholder_left', 'text_year_not_report_year', 'text_comparison_contradicted']) }}

),

placeholders as (

    select
        {{ check_row(
            'text_placeholder_left',
            dbt.concat(['captured', "' / '", 'place']),
            '1',
            '0',
            '0',
            ['place'],
            comparison='flag'
        ) }}
    from matches_starting_here
    where check_id = 'text_placeholder_left'

),

years as (

    select
        {{ check_row(
            'text_year_not_report_year',
            dbt.concat(["'年份 '", 'matches_starting_here.captured', "' / '", 'matches_starting_here.place']),
            'matches_starting_here.captured',
            'reports.fiscal_year',
            '0',
            ['matches_starting_here.place'],
            report_id='matches_starting_here.report_id'
        ) }}
    from matches_starting_here
    inner join reports
        on matches_starting_here.report_id = reports.report_id
    where matches_starting_here.check_id = 'text_year_not_report_year'

),

comparison_texts as (

    {# The text up to the comparison phrase: a few lines before it and its own line's start. #}
    select
        matches_starting_here.report_id,
        matches_starting_here.ordinal,
        matches_starting_here.place,
        matches_starting_here.pattern_id,
        matches_starting_here.captured,
        matches_starting_here.expects,
        {{ dbt.concat([
            "coalesce(" ~ ordered_string_agg('earlier_lines.line_text', 'earlier_lines.ordinal') ~ ", '')",
            'matches_starting_here.text_before',
        ]) }} as text_before
    from matches_starting_here
    left join placed_lines as earlier_lines
        on
            matches_starting_here.report_id = earlier_lines.report_id
            and earlier_lines.ordinal between matches_starting_here.ordinal - {{ preceding_lines }}
            and matches_starting_here.ordinal - 1
    where matches_starting_here.check_id = 'text_comparison_contradicted'
    group by
        matches_starting_here.report_id,
        matches_starting_here.ordinal,
        matches_starting_here.place,
        matches_starting_here.pattern_id,
        matches_starting_here.captured,
        matches_starting_here.expects,
        matches_starting_here.text_before

),

stated_figures as (

    {# The last budget and the last actual stated before the phrase ('.*' takes the last). #}
    select
        comparison_texts.report_id,
        comparison_texts.place,
        comparison_texts.captured,
        comparison_texts.expects,
        {%- set last_figure = regexp_capture(
            'comparison_texts.text_before', dbt.concat(["'.*'", 'figure_patterns.pattern'])
        ) %}
        max(
            case
                when figure_patterns.check_id = 'text_comparison_budget'
                    then {{ last_figure }}
            end
        ) as budget_text,
        max(
            case
                when figure_patterns.check_id = 'text_comparison_actual'
                    then {{ last_figure }}
            end
        ) as actual_text
    from comparison_texts
    cross join text_patterns as figure_patterns
    where figure_patterns.check_id in ('text_comparison_budget', 'text_comparison_actual')
    group by
        comparison_texts.report_id,
        comparison_texts.place,
        comparison_texts.captured,
        comparison_texts.expects

),

compared_figures as (

    select
        report_id,
        place,
        captured,
        expects,
        budget_text,
        actual_text,
        cast(nullif(replace(actual_text, ',', ''), '') as decimal(18, 4)) as actual_wan_yuan,
        cast(nullif(replace(budget_text, ',', ''), '') as decimal(18, 4)) as budget_wan_yuan
    from stated_figures

),

comparisons as (

    {# Each comparison word with the two figures it speaks of: 1 where they agree with it, 0 where not. #}
    select
        {{ check_row(
            'text_comparison_contradicted',
            dbt.concat([
                'captured', "' / 预算 '", 'budget_text', "' 决算 '", 'actual_text',
                "' / '", 'place'
            ]),
            "case when (expects = 'greater' and actual_wan_yuan > budget_wan_yuan)"
            ~ " or (expects = 'less' and actual_wan_yuan < budget_wan_yuan)"
            ~ " or (expects = 'equal' and actual_wan_yuan = budget_wan_yuan) then 1 else 0 end",
            '1',
            '0',
            ['place']
        ) }}
    from compared_figures
    where actual_wan_yuan is not null and budget_wan_yuan is not null

),

final as (

    select * from placeholders
    union all
    select * from years
    union all
    select * from comparisons

)

select * from final
