{#
    The columns every reconciliation check returns, one row per comparison:
      check_id          which check (seeds/check_registry.csv says what it compares)
      report_id         the report
      subject           what is compared, stable across builds (used by the register of
                        known publisher discrepancies)
      published_value   the figure as the report prints it, to 6 decimals: a budget prints 万元 to
                        6 decimals, and a table in 元 to the fen is 6 decimals in 万元
      computed_value    what the other published figures make of it
      tolerance         the rounding tolerance derived from the printed precision (0 where an
                        input is missing: a precision derived from nothing is no tolerance)
      comparison        equal, at_most (published must not exceed computed) or flag (the
                        row itself is the finding)
      source_lines      where every figure involved is printed (macros/place.sql), e.g. '184;461'
                        in a text report, 'p21:14;p13:27' in a PDF
      is_input_missing  a part or total that the comparison needs is not printed
    check_id and comparison are literals, or (as_columns=true) columns holding them.
#}
{% macro check_row(check_id, subject, published, computed, tolerance, lines, missing='false', comparison='equal', report_id='report_id', as_columns=false) -%}
        {{ check_id if as_columns else "'" ~ check_id ~ "'" }} as check_id,
        {{ report_id }} as report_id,
        {{ as_text(subject) }} as subject,
        cast({{ published }} as decimal(38, 6)) as published_value,
        cast({{ computed }} as decimal(38, 6)) as computed_value,
        cast(case when {{ missing }} then coalesce({{ tolerance }}, 0) else {{ tolerance }} end as decimal(18, 6)) as tolerance,
        {{ comparison if as_columns else "'" ~ comparison ~ "'" }} as comparison,
        {{ join_lines(lines) }} as source_lines,
        {{ missing }} as is_input_missing
{%- endmacro %}
