{#
    Every number transcribed from the reports, one row each: where it is printed (report,
    document section, PDF page, line, the line's text), its value and unit as printed, and which mart
    and column it feeds. "Where does 2,638.26 come from?" is one query on this table.
#}
{#- Per report throughout, so it is built a batch of reports at a time (memory does not grow with them). -#}
{{ config(
    materialized='report_batched_table',
    batched_inputs=[
        'stg_transcribed_values', 'int_transcribed_values_located', 'stg_document_sections', 'stg_performance_evaluations'
    ],
) }}
{%- set feeds = {
    'reports': ['dim_report', {}],
    'unit_overview_figures': ['fct_unit_overview', {'value': 'figure_value'}],
    'income_expenditure_totals': ['fct_account_totals', {}],
    'fiscal_appropriation_totals': ['fct_account_totals', {}],
    'income_by_source': ['fct_revenue', {}],
    'expenditure_by_type': ['fct_expenditure', {}],
    'expenditure_by_class': ['audit_findings', {}],
    'general_budget_expenditure': ['fct_expenditure_by_function', {}],
    'general_budget_economic_classes': ['fct_expenditure_by_economic_class', {}],
    'basic_expenditure_items': ['fct_expenditure_by_economic', {}],
    'three_public_expenses': ['fct_three_public_expenses', {'amount_wan_yuan': 'actual_wan_yuan'}],
    'three_public_expenses_activity': ['fct_three_public_expenses_activity', {'value': 'activity_count'}],
    'operating_costs': ['fct_operating_costs', {}],
    'procurement': ['fct_procurement', {}],
    'state_assets': ['fct_state_assets', {}],
    'performance_summary': ['fct_performance_summary', {}],
    'performance_project_paragraphs': ['fct_performance_project', {}],
    'performance_project_outputs': ['fct_performance_output', {'value': 'output_value'}],
    'performance_evaluations': ['fct_performance_project', {}],
    'performance_goals': ['fct_performance_indicator', {}],
    'performance_funds': ['fct_performance_fund', {}],
    'performance_indicators': ['fct_performance_indicator', {}],
    'performance_report_figures': ['fct_performance_report_figure', {}],
    'restated_figures': ['audit_findings', {}],
    'text_column_figures': ['fct_text_figure', {'value': 'figure_value'}],
    'statement_lines': ['fct_statement_line', {'value': 'amount_wan_yuan'}],
} -%}

with

transcribed_values as (

    select * from {{ ref('stg_transcribed_values') }}

),

located as (

    select * from {{ ref('int_transcribed_values_located') }}

),

document_sections as (

    {# Sections are of text documents, whose lines have no page (0 here, to join on). #}
    select
        *,
        0 as page_key
    from {{ ref('stg_document_sections') }}

),

evaluations as (

    select * from {{ ref('stg_performance_evaluations') }}

),

feeds as (

    {{ mart_feeds(feeds) }}

),

department_evaluations as (

    {# The department-level overall tables feed their own mart. #}
    select
        'performance_evaluations' as seed_name,
        {{ dbt.concat(['report_id', "'|'", as_text('evaluation_no')]) }} as row_key
    from evaluations
    where evaluation_level = 'department'

),

figures as (

    select
        transcribed_values.seed_name,
        transcribed_values.report_id,
        transcribed_values.row_key,
        transcribed_values.column_name,
        transcribed_values.printed_value,
        transcribed_values.number_value,
        transcribed_values.printed_decimals,
        transcribed_values.printed_unit,
        transcribed_values.source_page,
        transcribed_values.source_line,
        located.source_line_text,
        located.is_found_at_line
    from transcribed_values
    inner join located
        on
            transcribed_values.seed_name = located.seed_name
            and transcribed_values.row_key = located.row_key
            and transcribed_values.column_name = located.column_name
    where transcribed_values.value_kind = 'number'

),

final as (

    select
        {{ dbt.concat(['figures.seed_name', "'|'", 'figures.row_key', "'|'", 'figures.column_name']) }}
            as reported_figure_id,
        figures.report_id,
        case when figures.seed_name = 'statement_lines' then 'statement_tables' else document_sections.section_kind end
            as document_section,
        figures.source_page,
        figures.source_line,
        figures.source_line_text,
        figures.printed_value,
        {# From the printed text: a budget's 万元 to 6 decimals is kept whole. #}
        {{ as_precise_number('figures.printed_value') }} as figure_value,
        figures.printed_unit as figure_unit,
        figures.printed_decimals,
        figures.seed_name,
        figures.row_key,
        figures.column_name,
        case
            when department_evaluations.row_key is not null then 'fct_performance_department'
            when figures.seed_name = 'general_budget_expenditure' and figures.row_key like '%|total|%'
                then 'fct_account_totals'
            when figures.seed_name = 'general_budget_expenditure' and figures.row_key like '%|class|%'
                then 'fct_expenditure_by_function_class'
            when figures.seed_name = 'basic_expenditure_items' and figures.row_key like '%|0'
                then 'fct_basic_expenditure'
            {# A change a totals paragraph states per income source is read for the checks only. #}
            when figures.seed_name = 'income_by_source' and figures.column_name = 'yoy_change_wan_yuan'
                then 'audit_findings'
            else coalesce(renamed.feeds_model, default_feeds.feeds_model)
        end as feeds_model,
        coalesce(renamed.feeds_column, figures.column_name) as feeds_column,
        figures.is_found_at_line
    from figures
    left join feeds as renamed
        on figures.seed_name = renamed.seed_name and figures.column_name = renamed.column_name
    left join feeds as default_feeds
        on figures.seed_name = default_feeds.seed_name and default_feeds.column_name is null
    {# Equalities on both sides in every join (a condition on one side only makes a nested loop). #}
    left join department_evaluations
        on figures.seed_name = department_evaluations.seed_name and figures.row_key = department_evaluations.row_key
    left join document_sections
        on
            figures.report_id = document_sections.report_id
            and coalesce(figures.source_page, 0) = document_sections.page_key
            and figures.source_line between document_sections.first_line and document_sections.last_line

)

select * from final
