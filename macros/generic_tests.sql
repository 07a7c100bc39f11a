{#
    Generic tests written here because dbt packages cannot be installed offline.
#}

{# No two rows share the same values in the given columns. #}
{% test unique_combination_of_columns(model, combination_of_columns) %}
    select
        {{ combination_of_columns | join(', ') }},
        count(*) as duplicate_rows
    from {{ model }}
    group by {{ combination_of_columns | join(', ') }}
    having count(*) > 1
{% endtest %}

{# The column takes one value within each group (a report's rows of a mart come from one source). #}
{% test one_value_per_group(model, column_name, group_by) %}
    select
        {{ group_by }},
        count(distinct {{ column_name }}) as distinct_values
    from {{ model }}
    group by {{ group_by }}
    having count(distinct {{ column_name }}) > 1
{% endtest %}

{#
    not_null that returns the whole failing row: dbt's own returns only the empty column, so a
    failed build listed blank rows. The row names the report, the line and what was printed.
#}
{% macro default__test_not_null(model, column_name) %}
    select * from {{ model }} where {{ column_name }} is null
{% endmacro %}
