{#
    A change from the year before that a report prints (比上年增加 X 万元; a budget's 比2024年预算减少)
    against the previous year's document of the same department and kind, where the warehouse
    has it: printed change = this year's amount − the amount the previous document prints for the
    same line. One row per printed change with a previous document, in the columns of
    macros/check_row.sql; the tolerance counts the half units of the three rounded figures.
    A line is what its row key names after the report (支出总计; 全部资金|教育支出), except in
    general_budget_expenditure, whose rows are numbered (an ordinal differs between years): there
    a 类/款/项 line is its level and resolved subject code (item:2080101; a code renumbered in a
    later catalogue, seeds/function_subject_renames.csv, under its new code), the total 'total'; a
    line whose code is not resolved is not compared. A department's documents pair on
    int_report_departments.department_key.
#}
{%- set compared_seeds = [
    'income_expenditure_totals',
    'income_by_source',
    'expenditure_by_class',
    'fiscal_appropriation_totals',
    'three_public_expenses',
    'operating_costs',
    'general_budget_expenditure',
] -%}

with

transcribed_values as (

    select * from {{ ref('stg_transcribed_values') }}

),

report_departments as (

    select * from {{ ref('int_report_departments') }}

),

expenditure_lines as (

    select * from {{ ref('int_expenditure_lines_resolved') }}

),

renames as (

    select * from {{ ref('stg_function_subject_renames') }}

),

expenditure_line_keys as (

    select
        'general_budget_expenditure' as seed_name,
        {{ dbt.concat([
            'expenditure_lines.report_id', "'|'", 'expenditure_lines.line_level', "'|'",
            as_text('expenditure_lines.ordinal')
        ]) }} as row_key,
        {{ dbt.concat([
            'expenditure_lines.line_level', "':'", 'coalesce(renames.new_code, expenditure_lines.subject_code)'
        ]) }} as line_key
    from expenditure_lines
    inner join report_departments
        on expenditure_lines.report_id = report_departments.report_id
    left join renames
        on
            expenditure_lines.subject_code = renames.old_code
            and report_departments.fiscal_year < renames.first_year
    where expenditure_lines.subject_code is not null

),

line_values as (

    {#
        The row key without its leading report_id: the line, the same in every year's report
        ('' for a seed of one row per report).
    #}
    select
        transcribed_values.seed_name,
        transcribed_values.report_id,
        report_departments.department_key,
        report_departments.document_kind,
        report_departments.fiscal_year,
        case
            when transcribed_values.seed_name = 'general_budget_expenditure'
                then coalesce(
                    expenditure_line_keys.line_key,
                    case when transcribed_values.row_key like '%|total|%' then 'total' end
                )
            when transcribed_values.row_key = transcribed_values.report_id then ''
            else {{ dbt.right(
                'transcribed_values.row_key',
                dbt.length('transcribed_values.row_key') ~ ' - ' ~ dbt.length('transcribed_values.report_id') ~ ' - 1'
            ) }}
        end as line_key,
        transcribed_values.column_name,
        transcribed_values.number_value,
        transcribed_values.printed_decimals,
        {{ dbt.concat([
            "'p'", "coalesce(" ~ as_text('transcribed_values.source_page') ~ ", '')", "':'",
            as_text('transcribed_values.source_line')
        ]) }} as place
    from transcribed_values
    inner join report_departments
        on transcribed_values.report_id = report_departments.report_id
    left join expenditure_line_keys
        on
            transcribed_values.seed_name = expenditure_line_keys.seed_name
            and transcribed_values.row_key = expenditure_line_keys.row_key
    where
        transcribed_values.seed_name in (
            {%- for seed_name in compared_seeds %}
            '{{ seed_name }}'{% if not loop.last %},{% endif %}
            {%- endfor %}
        )
        and transcribed_values.column_name in ('amount_wan_yuan', 'yoy_change_wan_yuan')
        and transcribed_values.number_value is not null

),

printed_changes as (

    select * from line_values
    where column_name = 'yoy_change_wan_yuan'

),

amounts as (

    select * from line_values
    where column_name = 'amount_wan_yuan'

),

compared as (

    select
        printed_changes.report_id,
        {{ dbt.concat([
            'printed_changes.seed_name', "':'", 'printed_changes.line_key', "' 比上年 / '", 'previous_amounts.report_id'
        ]) }} as subject,
        printed_changes.number_value as printed_change_wan_yuan,
        current_amounts.number_value - previous_amounts.number_value as computed_change_wan_yuan,
        {{ half_unit('printed_changes.printed_decimals') }} + {{ half_unit('current_amounts.printed_decimals') }}
        + {{ half_unit('previous_amounts.printed_decimals') }} as tolerance,
        printed_changes.place as change_place,
        current_amounts.place as current_place,
        previous_amounts.place as previous_place,
        current_amounts.number_value is null as is_input_missing
    from printed_changes
    inner join amounts as previous_amounts
        on
            printed_changes.department_key = previous_amounts.department_key
            and printed_changes.document_kind = previous_amounts.document_kind
            and printed_changes.fiscal_year - 1 = previous_amounts.fiscal_year
            and printed_changes.seed_name = previous_amounts.seed_name
            and printed_changes.line_key = previous_amounts.line_key
    left join amounts as current_amounts
        on
            printed_changes.report_id = current_amounts.report_id
            and printed_changes.seed_name = current_amounts.seed_name
            and printed_changes.line_key = current_amounts.line_key

),

final as (

    select
        {{ check_row(
            'year_on_year_against_previous_report',
            'subject',
            'printed_change_wan_yuan',
            'coalesce(computed_change_wan_yuan, 0)',
            'tolerance',
            ['change_place', 'current_place', 'previous_place'],
            missing='is_input_missing'
        ) }}
    from compared

)

select * from final
