{#
    Every value transcribed from the documents, one row each, as printed: the seed, the row
    (its key values joined by '|'), the column, the printed text and the line it cites (and,
    in a PDF, the page: null for a text document).
    A seed column X is a transcribed value when the seed has a column X_line; the list below
    is checked against the seed headers by tests/python/test_transcription.py.
#}
{%- set transcribed_seeds = {
    'reports': {
        'keys': ['report_id'],
        'values': ['unit_name'],
        'paged': true,
    },
    'statement_tables': {
        'keys': ['report_id', 'table_no'],
        'values': ['printed_title', 'printed_unit', 'note'],
        'paged': true,
    },
    'statement_lines': {
        'keys': ['report_id', 'table_no', 'row_no', 'side_no', 'column_name'],
        'values': ['row_label', 'value'],
        'units': {'value': 'printed_unit'},
        'paged': true,
    },
    'statement_line_codes': {
        'keys': ['report_id', 'table_no', 'row_no', 'side_no', 'code_system'],
        'values': ['subject_code', 'subject_name'],
        'paged': true,
    },
    'unit_overview_figures': {
        'keys': ['report_id', 'figure_name'],
        'values': ['value'],
        'units': {'value': 'unit'},
        'paged': true,
    },
    'unit_organisations': {
        'keys': ['report_id', 'organisation_kind', 'ordinal'],
        'values': ['organisation_name'],
        'paged': true,
    },
    'income_expenditure_totals': {
        'keys': ['report_id', 'line_item'],
        'values': ['amount_wan_yuan', 'yoy_change_wan_yuan', 'yoy_growth_pct', 'reason'],
        'paged': true,
    },
    'income_by_source': {
        'keys': ['report_id', 'line_item'],
        'values': ['amount_wan_yuan', 'share_pct', 'yoy_change_wan_yuan'],
        'paged': true,
    },
    'expenditure_by_type': {
        'keys': ['report_id', 'line_item'],
        'values': ['amount_wan_yuan', 'share_pct'],
        'paged': true,
    },
    'expenditure_by_class': {
        'keys': ['report_id', 'fund_scope', 'class_name'],
        'values': ['class_name', 'amount_wan_yuan', 'share_pct', 'yoy_change_wan_yuan'],
        'paged': true,
    },
    'fiscal_appropriation_totals': {
        'keys': ['report_id', 'fund_type', 'line_item'],
        'values': ['statement_text', 'amount_wan_yuan', 'share_pct', 'yoy_change_wan_yuan', 'yoy_growth_pct', 'reason', 'budget_wan_yuan', 'budget_variance_pct', 'budget_reason'],
        'paged': true,
    },
    'general_budget_expenditure': {
        'keys': ['report_id', 'line_level', 'ordinal'],
        'values': ['class_name', 'kuan_name', 'item_name', 'printed_code', 'amount_wan_yuan', 'share_pct', 'basic_wan_yuan', 'project_wan_yuan', 'yoy_change_wan_yuan', 'yoy_growth_pct', 'reason', 'budget_wan_yuan', 'budget_excluded_fund_projects_wan_yuan', 'budget_variance_pct', 'completion_pct', 'budget_reason'],
        'paged': true,
    },
    'general_budget_economic_classes': {
        'keys': ['report_id', 'ordinal'],
        'values': ['economic_class_name', 'amount_wan_yuan', 'share_pct'],
        'paged': true,
    },
    'basic_expenditure_items': {
        'keys': ['report_id', 'cost_category', 'ordinal'],
        'values': ['item_name', 'amount_wan_yuan'],
        'paged': true,
    },
    'three_public_expenses': {
        'keys': ['report_id', 'expense_item'],
        'values': ['amount_wan_yuan', 'share_pct', 'yoy_change_wan_yuan', 'yoy_growth_pct', 'reason', 'budget_wan_yuan', 'budget_change_wan_yuan', 'budget_variance_pct', 'completion_pct', 'budget_reason', 'spending_content'],
        'paged': true,
    },
    'three_public_expenses_activity': {
        'keys': ['report_id', 'expense_item', 'measure'],
        'values': ['value'],
        'units': {'value': 'unit'},
        'paged': true,
    },
    'operating_costs': {
        'keys': ['report_id'],
        'values': ['amount_wan_yuan', 'yoy_change_wan_yuan', 'yoy_growth_pct', 'budget_change_wan_yuan', 'budget_variance_pct', 'reason'],
        'paged': true,
    },
    'procurement': {
        'keys': ['report_id', 'line_item'],
        'values': ['amount_wan_yuan', 'share_pct'],
        'paged': true,
    },
    'state_assets': {
        'keys': ['report_id', 'asset_item'],
        'values': ['quantity', 'value_wan_yuan', 'note'],
        'units': {'quantity': 'quantity_unit'},
        'paged': true,
    },
    'performance_summary': {
        'keys': ['report_id', 'figure_name'],
        'values': ['value'],
        'units': {'value': 'unit'},
        'paged': true,
    },
    'performance_project_paragraphs': {
        'keys': ['report_id', 'ordinal'],
        'values': ['project_name', 'budget_wan_yuan', 'executed_wan_yuan', 'completion_pct', 'outputs', 'problems', 'next_steps'],
        'paged': true,
    },
    'performance_project_outputs': {
        'keys': ['report_id', 'paragraph_no', 'ordinal'],
        'values': ['output_name', 'value'],
        'units': {'value': 'unit'},
        'paged': true,
    },
    'performance_evaluations': {
        'keys': ['report_id', 'evaluation_no'],
        'values': ['title', 'project_name', 'department_name', 'implementing_unit', 'fill_date', 'goal_expected', 'goal_actual', 'deviation_analysis', 'improvement_plan', 'indicator_weight', 'total_weight', 'total_score'],
        'paged': true,
    },
    'performance_goals': {
        'keys': ['report_id', 'evaluation_no', 'goal_no'],
        'values': ['goal_text', 'weight'],
        'paged': true,
    },
    'performance_funds': {
        'keys': ['report_id', 'evaluation_no', 'ordinal'],
        'values': ['initial_budget_wan_yuan', 'full_year_budget_wan_yuan', 'executed_wan_yuan', 'weight', 'execution_rate_pct', 'score'],
        'paged': true,
    },
    'performance_indicators': {
        'keys': ['report_id', 'evaluation_no', 'ordinal'],
        'values': ['level1_name', 'level2_name', 'indicator_name', 'target_text', 'basis', 'prior_year_text', 'weight', 'scoring_rule', 'evidence', 'actual_text', 'completion_rate_pct', 'score', 'deviation_reason', 'remark'],
        'paged': true,
    },
    'performance_report_figures': {
        'keys': ['report_id', 'report_section', 'ordinal'],
        'values': ['section_title', 'value', 'context'],
        'units': {'value': 'unit'},
        'paged': true,
    },
    'text_column_figures': {
        'keys': ['report_id', 'seed_name', 'row_key', 'column_name', 'ordinal'],
        'values': ['value', 'context'],
        'units': {'value': 'unit'},
        'paged': true,
    },
    'restated_figures': {
        'keys': ['report_id', 'seed_name', 'row_key', 'column_name', 'value_line'],
        'values': ['value'],
        'units': {'value': "case when column_name like '%pct' then '%' else '万元' end"},
        'paged': true,
    },
} -%}

with

unpivoted as (

    {{ unpivot_transcribed_values(transcribed_seeds) }}

),

typed as (

    select
        seed_name,
        report_id,
        row_key,
        column_name,
        value_kind,
        printed_value,
        printed_unit,
        source_page,
        source_line,
        case when value_kind = 'number' then {{ as_number('printed_value') }} end as number_value,
        {{ as_integer(
            "case when value_kind = 'number' and " ~ dbt.position("'.'", 'printed_value') ~ " > 0 then "
            ~ dbt.length('printed_value') ~ " - " ~ dbt.position("'.'", 'printed_value')
            ~ " when value_kind = 'number' then 0 end"
        ) }} as printed_decimals
    from unpivoted

)

select * from typed
