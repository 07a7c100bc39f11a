{#
    Marts live in the default schema, so `select * from dim_report` works in the DuckDB CLI;
    every other layer lives in the schema named after it (staging, intermediate, raw).
#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
