{#
    A figure's line where a mart row cites one page (source_page) for all its figures: the line
    when the figure is printed on that page, else null (its page and line are in
    fct_statement_line), so a line is never read on the wrong page.
#}
{% macro line_on_page(line_column, page_column, source_page_column) -%}
    case when {{ page_column }} = {{ source_page_column }} then {{ line_column }} end
{%- endmacro %}
