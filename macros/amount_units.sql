{#
    The units a statement table prints its amounts in, as powers of ten of one yuan: 元 0, 万元 4
    (the units of `unit` in fiscal_warehouse/intake/definitions/vocabulary.csv; a table printing
    none is in 万元). Converting is then a multiplication by a power of ten, exact in DECIMAL,
    and a value's printed decimals carry over to another unit by the same exponent. The factors
    are multiplied as DECIMAL(38): two DECIMAL(18) overflow at 10^18 in DuckDB (10^8 万元 at scale 10).
#}

{% macro yuan_exponent(unit) -%}
    case {{ unit }} when '元' then 0 else 4 end
{%- endmacro %}

{# An amount printed in the unit of `exponent`, in 万元: 1,097,073.43 元 is 109.707343 万元. #}
{% macro printed_in_wan_yuan(printed_amount, exponent) -%}
    cast(
        cast({{ printed_amount }} as decimal(38, 6)) * cast(power(10, {{ exponent }} - 4) as decimal(38, 8))
        as decimal(20, 6)
    )
{%- endmacro %}

{# An amount in 万元, in the unit of `exponent` (the inverse of printed_in_wan_yuan). #}
{% macro wan_yuan_in_unit(amount_wan_yuan, exponent) -%}
    cast(
        cast({{ amount_wan_yuan }} as decimal(38, 6)) * cast(power(10, 4 - {{ exponent }}) as decimal(38, 8))
        as decimal(24, 6)
    )
{%- endmacro %}

{#
    The decimals of a value printed in one unit, counted in another: 2 decimals in 万元 are -2
    in 元 (rounded to the hundred yuan), 2 decimals in 元 are 6 in 万元.
#}
{% macro decimals_in_unit(decimals, from_exponent, to_exponent) -%}
    ({{ decimals }} + {{ to_exponent }} - {{ from_exponent }})
{%- endmacro %}
