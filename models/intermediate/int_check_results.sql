{#
    Every comparison of every reconciliation check, classified:
      consistent   the published value equals what the other figures make of it
      rounding     it differs, but within the tolerance of the printed precision
      discrepancy  it differs beyond that tolerance (or the row itself is a finding)
      missing      a part or total the comparison needs is not printed: missing is not zero
    A table: the audit findings and the tests of the checks read it, and each would otherwise run
    every check again.
#}
{{ config(materialized='table') }}
{%- set check_models = [
    'int_checks_accounts',
    'int_checks_other_sections',
    'int_checks_classification',
    'int_checks_year_on_year_budget',
    'int_checks_year_on_year_across_reports',
    'int_checks_stated_changes',
    'int_checks_performance',
    'int_checks_performance_deductions',
    'int_checks_performance_claims',
    'int_checks_performance_outputs',
    'int_checks_statements',
    'int_checks_of_which',
    'int_checks_detail_rows',
    'int_checks_budget_outturn',
    'int_checks_text_against_tables',
    'int_checks_text_wording',
] -%}

with

{% for check_model in check_models %}
{{ check_model }} as (

    select * from {{ ref(check_model) }}

),

{% endfor %}
unioned as (

    {% for check_model in check_models %}
    select * from {{ check_model }}
    {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

classified as (

    select
        check_id,
        report_id,
        subject,
        published_value,
        computed_value,
        cast(published_value - computed_value as decimal(38, 6)) as difference,
        tolerance,
        comparison,
        source_lines,
        is_input_missing,
        case
            when is_input_missing then 'missing'
            when comparison = 'flag' then 'discrepancy'
            when comparison = 'at_most' and published_value <= computed_value + tolerance then 'consistent'
            when comparison = 'at_most' then 'discrepancy'
            when published_value = computed_value then 'consistent'
            when abs(published_value - computed_value) <= tolerance then 'rounding'
            else 'discrepancy'
        end as check_status
    from unioned

)

select * from classified
