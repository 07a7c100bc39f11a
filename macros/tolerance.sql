{#
    Rounding tolerance, derived once from the printed precision and used by every check.
    Published values are rounded to their last printed digit, so each carries an error of up
    to half a unit of that digit:
      - a sum of n rounded parts may differ from its rounded total by (n + 1) half units;
      - a rate computed from rounded amounts carries their error as well as its own rounding.
#}

{# Half a unit of the last printed digit; a value with no printed precision counts as 0.01. #}
{% macro half_unit(decimals) -%}
    cast(0.5 / power(10, coalesce({{ decimals }}, 2)) as decimal(18, 6))
{%- endmacro %}

{% macro sum_tolerance(part_count, decimals) -%}
    cast(({{ part_count }} + 1) * {{ half_unit(decimals) }} as decimal(18, 6))
{%- endmacro %}

{#
    Tolerance of a published percentage rate = 100 × numerator / denominator: its own
    rounding plus the effect of the amounts' rounding (first-order error propagation).
#}
{% macro rate_tolerance(rate_decimals, numerator, denominator, amount_decimals) -%}
    cast(
        {{ half_unit(rate_decimals) }}
        + 100 * {{ half_unit(amount_decimals) }} / abs({{ denominator }})
        {#- Divided twice: the square of a large amount overflows a decimal. #}
        + 100 * abs({{ numerator }}) * {{ half_unit(amount_decimals) }} / abs({{ denominator }}) / abs({{ denominator }})
        as decimal(18, 6)
    )
{%- endmacro %}

{#
    Two printings of what should be the same figure: at the same precision they must agree
    exactly (two roundings of one value to the same digit are equal); at different precisions
    they may differ by the rounding of both.
#}
{% macro restatement_tolerance(published_decimals, computed_decimals) -%}
    case
        when coalesce({{ published_decimals }}, 2) = coalesce({{ computed_decimals }}, 2) then cast(0 as decimal(18, 6))
        else {{ half_unit(published_decimals) }} + {{ half_unit(computed_decimals) }}
    end
{%- endmacro %}

{#
    The printed decimals of one transcribed value, looked up by seed, row key and column:
    how a check knows whether "8 %" or "84.35%" was printed.
#}
{% macro printed_decimals_of(seed_name, row_key, column_name) -%}
    {#- The lookup has no report_id column, so an unqualified report_id in row_key is the caller's. #}
    (
        select max(precision_lookup.printed_decimals)
        from {{ ref('int_printed_decimals') }} as precision_lookup
        where
            precision_lookup.seed_name = '{{ seed_name }}'
            and precision_lookup.row_key = {{ row_key }}
            and precision_lookup.column_name = '{{ column_name }}'
    )
{%- endmacro %}
