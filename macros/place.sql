{#
    Where a figure is printed, as a check's source_lines cites it: a text report's line ('184',
    counted over the whole document: the report has no pages) or a PDF's page and line ('p21:14').
    Null when the line is (nothing printed, nothing cited). Sorting places in document order is
    by page, then line (a text report's null pages all sort alike).
#}
{% macro place(page, line) -%}
    {%- set page_and_line = dbt.concat(["'p'", as_text(page), "':'", as_text(line)]) -%}
    case when {{ page }} is null then {{ as_text(line) }} else {{ page_and_line }} end
{%- endmacro %}

{# The place of a transcribed value column X, from its X_page and X_line (the seeds' convention). #}
{% macro place_of(column) -%}
    {{ place(column ~ '_page', column ~ '_line') }}
{%- endmacro %}

{#
    A place as one number that sorts in document order (page, then line), for comparing places:
    a text report's lines have no page (0). No rendered page holds a million lines.
#}
{% macro document_position(page, line) -%}
    (coalesce({{ page }}, 0) * 1000000 + {{ line }})
{%- endmacro %}
