{#
    The mart each seed feeds, as rows: (seed_name, column_name, feeds_model, feeds_column).
    A row with column_name null is the seed's default mart; the others name renamed columns.
    feeds: {seed_name: [mart, {seed_column: mart_column}]}.
#}
{% macro mart_feeds(feeds) -%}
    {%- for seed_name, feed in feeds.items() %}
        {%- for seed_column, mart_column in feed[1].items() %}
    select
        '{{ seed_name }}' as seed_name,
        '{{ seed_column }}' as column_name,
        '{{ feed[0] }}' as feeds_model,
        '{{ mart_column }}' as feeds_column
    union all
        {%- endfor %}
    select
        '{{ seed_name }}' as seed_name,
        cast(null as {{ dbt.type_string() }}) as column_name,
        '{{ feed[0] }}' as feeds_model,
        cast(null as {{ dbt.type_string() }}) as feeds_column
        {% if not loop.last %}union all{% endif %}
    {%- endfor %}
{%- endmacro %}
