{#
    A view over a mart with the Chinese column labels of its documentation (meta.label_zh),
    for BI users: generated from the mart's YAML, so labels and columns never drift apart.
    A mart column without a label fails the compilation.
#}
{% macro chinese_labelled_view(model_name) -%}
    {%- set mart = ref(model_name) -%}
    {%- if execute -%}
        {%- set node = graph.nodes['model.' ~ project_name ~ '.' ~ model_name] -%}
        {%- set columns = node.columns.values() | list -%}
        {%- if not columns -%}
            {{ exceptions.raise_compiler_error(model_name ~ " documents no columns to label") }}
        {%- endif %}
    select
        {%- for column in columns %}
            {%- set label = column.meta.get('label_zh') -%}
            {%- if not label -%}
                {{ exceptions.raise_compiler_error(model_name ~ "." ~ column.name ~ " has no meta.label_zh") }}
            {%- endif %}
        {{ adapter.quote(column.name) }} as {{ adapter.quote(label) }}{% if not loop.last %},{% endif %}
        {%- endfor %}
    from {{ mart }}
    {%- else %}
    select * from {{ mart }}
    {%- endif -%}
{%- endmacro %}
