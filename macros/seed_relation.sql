{#
    Where staging reads a transcription or reference table from: the dbt seed by default, or,
    with --vars '{external_seeds_path: <folder>}', the CSV file of the same name read
    directly (every column as text, as the seeds load). At national scale the same staging
    models then read the same CSV layout without `dbt seed`.
#}
{% macro seed_relation(seed_name) -%}
    {%- set external_seeds_path = var('external_seeds_path', none) -%}
    {%- if external_seeds_path -%}
        {{ read_csv_as_text(external_seeds_path ~ '/' ~ seed_name ~ '.csv') }}
    {%- else -%}
        {{ ref(seed_name) }}
    {%- endif -%}
{%- endmacro %}
