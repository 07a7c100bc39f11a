{#
    References without the database (catalog) name. DuckDB names a file's catalog after the
    file, and a view that names it breaks once the file is copied or opened under another
    name (a BI tool's copy, a test's scratch copy); schema.table resolves inside the view's
    own catalog, so the views keep working wherever the file goes.
#}
{% macro ref() %}
    {%- set relation = builtins.ref(*varargs, **kwargs) -%}
    {%- if relation is not none and relation.include is defined -%}
        {%- do return(relation.include(database=false)) -%}
    {%- endif -%}
    {%- do return(relation) -%}
{% endmacro %}
