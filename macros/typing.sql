{#
    Typing of seed text. Every seed column loads as text (dbt_project.yml); staging casts it
    with these macros, so each kind of value has one type everywhere and one place to change it.
#}
{% macro as_text(column) -%}
    cast({{ column }} as {{ dbt.type_string() }})
{%- endmacro %}

{% macro as_integer(column) -%}
    cast({{ column }} as {{ dbt.type_int() }})
{%- endmacro %}

{# Money (万元), percentages and scores as printed: at most 4 decimals appear in the reports. #}
{% macro as_number(column) -%}
    cast({{ column }} as decimal(18, 4))
{%- endmacro %}

{# An amount as a table prints it: 万元 to 6 decimals (budgets), or 元 to the fen in 万元. #}
{% macro as_precise_number(column) -%}
    cast({{ column }} as decimal(38, 6))
{%- endmacro %}

{% macro as_boolean(column) -%}
    cast({{ column }} as boolean)
{%- endmacro %}

{#
    What a seed column holds, from its name (the convention of seeds/README.md, also applied
    by fiscal_warehouse/seeds.py before the build): integer, number, boolean or text.
#}
{% macro seed_column_kind(column) -%}
    {%- if column in ['ordinal', 'fiscal_year'] or column.endswith('_line') or column.endswith('_no')
        or column.endswith('_page') or column.endswith('_count') -%}
        integer
    {%- elif column in ['value', 'quantity', 'weight', 'score', 'total_weight', 'total_score']
        or column.endswith('_wan_yuan') or column.endswith('_pct') or column.endswith('_value') -%}
        number
    {%- elif column.startswith('is_') -%}
        boolean
    {%- else -%}
        text
    {%- endif -%}
{%- endmacro %}
