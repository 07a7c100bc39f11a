{#
    One select per transcribed column of every seed, unioned: the seed, the row key (key
    columns joined by '|'), the column, its kind, the printed text, its unit and the cited line.
    transcribed_seeds: {seed_name: {'keys': [...], 'values': [...], 'units': {column: sql},
    'paged': true}}; without an entry in 'units', the unit follows from the column name (see
    value_unit). A 'paged' seed cites a PDF's page (column X_page) as well as its line.
#}
{% macro unpivot_transcribed_values(transcribed_seeds) -%}
    {#- Each seed read once, however many of its columns are unpivoted (a CSV file at scale). #}
    with
    {%- for seed_name in transcribed_seeds %}
    {{ seed_name }}_rows as {{ materialized_cte() }} (
        select * from {{ seed_relation(seed_name) }}
    ){% if not loop.last %},{% endif %}
    {%- endfor %}

    {%- for seed_name, seed in transcribed_seeds.items() %}
        {%- set row_key_parts = [] %}
        {%- for key in seed['keys'] %}
            {%- do row_key_parts.append(key) %}
            {%- if not loop.last %}{% do row_key_parts.append("'|'") %}{% endif %}
        {%- endfor %}
        {%- set outer_loop = loop %}
        {%- for column in seed['values'] %}
    select
        '{{ seed_name }}' as seed_name,
        {{ as_text('report_id') }} as report_id,
        {{ as_text(dbt.concat(row_key_parts)) }} as row_key,
        '{{ column }}' as column_name,
        '{{ seed_column_kind(column) }}' as value_kind,
        {{ as_text(column) }} as printed_value,
        {{ as_text(seed.get('units', {}).get(column, value_unit(column))) }} as printed_unit,
        {{ as_integer(column ~ '_page') if seed.get('paged') else as_integer('null') }} as source_page,
        {{ as_integer(column ~ '_line') }} as source_line
    from {{ seed_name }}_rows
    where {{ column }} is not null or {{ column }}_line is not null
            {% if not (loop.last and outer_loop.last) %}union all{% endif %}
        {%- endfor %}
    {%- endfor %}
{%- endmacro %}

{# The unit a seed column's name implies: 万元, %, 分 (weights and scores), or none (texts). #}
{% macro value_unit(column) -%}
    {%- if column.endswith('_wan_yuan') -%}
        '万元'
    {%- elif column.endswith('_pct') -%}
        '%'
    {%- elif column in ['weight', 'score', 'total_weight', 'total_score', 'indicator_weight'] -%}
        '分'
    {%- else -%}
        null
    {%- endif -%}
{%- endmacro %}
