{#
    Parsing of indicator values as printed (年度指标值, 实际完成值, 上年完成值):
        ">=2.20 万人次" -> operator '>=', value 2.20, unit '万人次', kind 'quantity'
        "≤60 日"        -> '<=', 60, '日', 'quantity'
        "12 月底前"     -> null, 12, '月底前', 'deadline'
        "长期"          -> null, null, null, 'qualitative'
    Emits four columns named <prefix>_operator, <prefix>_value, <prefix>_unit, <prefix>_kind.
#}

{% macro parse_indicator_value(column, prefix) -%}
    {%- set operator_pattern = '(>=|<=|≥|≤|＞|＜|>|<|=|＝)' -%}
    {%- set printed_operator = regexp_group(column, '^\\s*' ~ operator_pattern, 1) -%}
    {%- set printed_number = regexp_group(column, '^\\s*' ~ operator_pattern ~ '?\\s*([0-9]+(\\.[0-9]+)?)', 2) -%}
    {%- set printed_unit = regexp_group(column, '^\\s*' ~ operator_pattern ~ '?\\s*[0-9]+(\\.[0-9]+)?\\s*(.*)$', 3) -%}
    case
        when {{ printed_operator }} in ('>=', '≥') then '>='
        when {{ printed_operator }} in ('<=', '≤') then '<='
        when {{ printed_operator }} in ('>', '＞') then '>'
        when {{ printed_operator }} in ('<', '＜') then '<'
        when {{ printed_operator }} in ('=', '＝') then '='
    end as {{ prefix }}_operator,
    {{ as_number("nullif(" ~ printed_number ~ ", '')") }} as {{ prefix }}_value,
    nullif(trim({{ printed_unit }}), '') as {{ prefix }}_unit,
    case
        when {{ column }} is null then null
        when nullif({{ printed_number }}, '') is null then 'qualitative'
        when {{ regexp_group(column, '((年|月)\\s*[0-9]*\\s*(日前|底前|日))', 1) }} <> '' then 'deadline'
        else 'quantity'
    end as {{ prefix }}_kind
{%- endmacro %}
