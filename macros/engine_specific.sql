{#
    Engine-specific SQL, one dispatch macro each. The DuckDB implementation is the one in use;
    another engine (Spark, PostgreSQL) adds its own `<adapter>__` version here.
#}

{# One row per line of every text document matching a glob: source_document, line_number, line_text. #}
{% macro document_lines(path_glob) -%}
    {{ return(adapter.dispatch('document_lines')(path_glob)) }}
{%- endmacro %}

{% macro default__document_lines(path_glob) -%}
    {{ exceptions.raise_compiler_error("document_lines is not implemented for " ~ adapter.type()) }}
{%- endmacro %}

{% macro duckdb__document_lines(path_glob) -%}
    {# The newline that ends the last line does not start another one. #}
    with documents as (
        select
            parse_filename(filename) as source_document,
            string_split(regexp_replace(content, '\n$', ''), chr(10)) as lines
        from read_text('{{ path_glob }}')
    )

    select
        source_document,
        generate_subscripts(lines, 1) as line_number,
        unnest(lines) as line_text
    from documents
{%- endmacro %}

{#
    One row per line of every PDF's text rendering matching a glob (documents/rendered/<pdf>.txt,
    pages separated by form feeds): source_document (the PDF's name), page_number, line_number
    on the page, line_text. Files not ending in .txt are skipped (the folder keeps a README).
#}
{% macro rendered_document_lines(path_glob) -%}
    {{ return(adapter.dispatch('rendered_document_lines')(path_glob)) }}
{%- endmacro %}

{% macro default__rendered_document_lines(path_glob) -%}
    {{ exceptions.raise_compiler_error("rendered_document_lines is not implemented for " ~ adapter.type()) }}
{%- endmacro %}

{% macro duckdb__rendered_document_lines(path_glob) -%}
    with renderings as (
        select
            regexp_replace(parse_filename(filename), '\.txt$', '') as source_document,
            string_split(regexp_replace(content, '\n$', ''), chr(12)) as pages
        from read_text('{{ path_glob }}')
        where filename like '%.txt'
    ),

    rendered_pages as (
        select
            source_document,
            generate_subscripts(pages, 1) as page_number,
            unnest(pages) as page_text
        from renderings
    ),

    page_lines as (
        select
            source_document,
            page_number,
            string_split(page_text, chr(10)) as lines
        from rendered_pages
    )

    select
        source_document,
        page_number,
        generate_subscripts(lines, 1) as line_number,
        unnest(lines) as line_text
    from page_lines
{%- endmacro %}

{# A text without any whitespace: how cells broken across lines are compared. #}
{% macro squeeze_whitespace(expression) -%}
    {{ return(adapter.dispatch('squeeze_whitespace')(expression)) }}
{%- endmacro %}

{% macro default__squeeze_whitespace(expression) -%}
    regexp_replace({{ expression }}, '\s+', '', 'g')
{%- endmacro %}

{# A page number printed inside a sentence (" 18 " between two Chinese characters) removed. #}
{% macro drop_inline_page_numbers(expression) -%}
    {{ return(adapter.dispatch('drop_inline_page_numbers')(expression)) }}
{%- endmacro %}

{% macro default__drop_inline_page_numbers(expression) -%}
    regexp_replace({{ expression }}, '([^\x00-\x7f]) [0-9]{1,3} ([^\x00-\x7f])', '\1\2', 'g')
{%- endmacro %}

{# One row per number printed in a text column: the number with thousands separators removed. #}
{% macro unnest_printed_numbers(expression, alias) -%}
    {{ return(adapter.dispatch('unnest_printed_numbers')(expression, alias)) }}
{%- endmacro %}

{% macro default__unnest_printed_numbers(expression, alias) -%}
    unnest(regexp_extract_all({{ expression }}, '[0-9][0-9,]*(?:\.[0-9]+)?')) as {{ alias }}
{%- endmacro %}

{# Concatenation of a text column in a given order, for one group; order_by is an expression
    or a list of them (e.g. a place's page, then its line). #}
{% macro ordered_string_agg(expression, order_by) -%}
    {{ return(adapter.dispatch('ordered_string_agg')(expression, order_by)) }}
{%- endmacro %}

{% macro default__ordered_string_agg(expression, order_by) -%}
    {%- set sort_keys = [order_by] if order_by is string else order_by %}
    string_agg({{ expression }}, '' order by {{ sort_keys | join(', ') }})
{%- endmacro %}

{% macro duckdb__ordered_string_agg(expression, order_by) -%}
    {#- DuckDB sorts each group of an ordered aggregate on its own, slowly for a million small
        groups; sorting a list per group gives the same text (nulls skipped) several times faster. #}
    {%- set sort_keys = [order_by] if order_by is string else order_by %}
    array_to_string(
        list_transform(
            list_sort(list(struct_pack(
                {%- for key in sort_keys %}sort_key_{{ loop.index }} := {{ key }}, {% endfor -%}
                part := {{ expression }}
            )) filter (where {{ expression }} is not null)),
            lambda entry: entry.part
        ),
        ''
    )
{%- endmacro %}

{# True when a text is nothing but digits (a page number on a line of its own). #}
{% macro is_digits_only(expression) -%}
    {{ return(adapter.dispatch('is_digits_only')(expression)) }}
{%- endmacro %}

{% macro default__is_digits_only(expression) -%}
    (trim({{ expression }}) <> '' and translate(trim({{ expression }}), '0123456789', '') = '')
{%- endmacro %}

{# The text of one capture group of a regular expression, '' when it does not match. #}
{% macro regexp_group(expression, pattern, group) -%}
    {{ return(adapter.dispatch('regexp_group')(expression, pattern, group)) }}
{%- endmacro %}

{% macro default__regexp_group(expression, pattern, group) -%}
    regexp_extract({{ expression }}, '{{ pattern }}', {{ group }})
{%- endmacro %}

{# The first capture group of a regular expression held in a column, '' when it does not match. #}
{% macro regexp_capture(expression, pattern_expression) -%}
    {{ return(adapter.dispatch('regexp_capture')(expression, pattern_expression)) }}
{%- endmacro %}

{% macro default__regexp_capture(expression, pattern_expression) -%}
    regexp_extract({{ expression }}, {{ pattern_expression }}, 1)
{%- endmacro %}

{# Document line numbers joined with ';' (nulls skipped), e.g. '184;461'. #}
{% macro join_lines(expressions) -%}
    {{ return(adapter.dispatch('join_lines')(expressions)) }}
{%- endmacro %}

{% macro default__join_lines(expressions) -%}
    concat_ws(';'{% for expression in expressions %}, cast({{ expression }} as {{ dbt.type_string() }}){% endfor %})
{%- endmacro %}

{# A CSV file with a header line as a relation, every column as text. #}
{% macro read_csv_as_text(path) -%}
    {{ return(adapter.dispatch('read_csv_as_text')(path)) }}
{%- endmacro %}

{% macro default__read_csv_as_text(path) -%}
    read_csv('{{ path }}', header = true, all_varchar = true)
{%- endmacro %}

{# The keyword that makes an engine compute a common table expression once (nothing where it always does). #}
{% macro materialized_cte() -%}
    {{ return(adapter.dispatch('materialized_cte')()) }}
{%- endmacro %}

{% macro default__materialized_cte() -%}
{%- endmacro %}

{% macro duckdb__materialized_cte() -%}
    materialized
{%- endmacro %}

{#
    For each row of `rows` (with report_id, page_key, source_line and an order key), the last
    line of `lines` (report_id, page_key, line_number and an order key increasing with the line)
    on the same page whose key is below the row's, but at most `window` lines after source_line:
    added as last_line. DuckDB finds it with an as-of join; the portable form compares each row
    with the lines of its window.
#}
{% macro last_line_before(rows, lines, row_key, line_key, window) -%}
    {{ return(adapter.dispatch('last_line_before')(rows, lines, row_key, line_key, window)) }}
{%- endmacro %}

{% macro default__last_line_before(rows, lines, row_key, line_key, window) -%}
    select
        {{ rows }}.*,
        (
            select max(candidate_lines.line_number)
            from {{ lines }} as candidate_lines
            where
                candidate_lines.report_id = {{ rows }}.report_id
                and candidate_lines.page_key = {{ rows }}.page_key
                and candidate_lines.line_number between {{ rows }}.source_line and {{ rows }}.source_line + {{ window }}
                and candidate_lines.{{ line_key }} < {{ rows }}.{{ row_key }}
        ) as last_line
    from {{ rows }}
{%- endmacro %}

{% macro duckdb__last_line_before(rows, lines, row_key, line_key, window) -%}
    select
        {{ rows }}.*,
        least({{ lines }}.line_number, {{ rows }}.source_line + {{ window }}) as last_line
    from {{ rows }}
    asof inner join {{ lines }}
        on
            {{ rows }}.report_id = {{ lines }}.report_id
            and {{ rows }}.page_key = {{ lines }}.page_key
            and {{ rows }}.{{ row_key }} > {{ lines }}.{{ line_key }}
{%- endmacro %}

{#
    Each row of `rows` once for every n from 1 to `count_expression` (at most `max_count`),
    with n added as `column_name`. DuckDB unnests a range per row; the portable form joins a
    series of numbers, which DuckDB answers with a far slower range join.
#}
{% macro each_number_up_to(rows, count_expression, max_count, column_name) -%}
    {{ return(adapter.dispatch('each_number_up_to')(rows, count_expression, max_count, column_name)) }}
{%- endmacro %}

{% macro default__each_number_up_to(rows, count_expression, max_count, column_name) -%}
    select
        {{ rows }}.*,
        numbers.generated_number as {{ column_name }}
    from {{ rows }}
    inner join ({{ dbt.generate_series(max_count) }}) as numbers
        on numbers.generated_number <= {{ count_expression }}
{%- endmacro %}

{% macro duckdb__each_number_up_to(rows, count_expression, max_count, column_name) -%}
    select
        *,
        unnest(range(1, least({{ count_expression }}, {{ max_count }}) + 1)) as {{ column_name }}
    from {{ rows }}
{%- endmacro %}

{#
    One row per match of a pattern held in a column, in a text held in a column, for each row of
    the relation (or parenthesised query) `rows`: its columns, then match_offset (the characters
    before the match) and captured (the pattern's first capture group). Matches do not overlap:
    the search goes on after the end of the previous match. Each row's pattern is compiled once,
    so a whole document is searched at the cost of one line.
#}
{% macro regexp_matches_located(rows, text_column, pattern_column) -%}
    {{ return(adapter.dispatch('regexp_matches_located')(rows, text_column, pattern_column)) }}
{%- endmacro %}

{% macro default__regexp_matches_located(rows, text_column, pattern_column) -%}
    {{ exceptions.raise_compiler_error("regexp_matches_located is not implemented for " ~ adapter.type()) }}
{%- endmacro %}

{% macro duckdb__regexp_matches_located(rows, text_column, pattern_column) -%}
    {#- One pass of the pattern: each match is replaced by a mark (chr(1)), its group, a second mark
        (chr(2)) and itself, and the text is split at the first marks. The first part is the text
        before the first match; each other part is a match's group, chr(2), the match and the text
        up to the next match, so a match's offset is the length of the text before it. The texts
        hold no such marks (int_document_lines_placed drops them). -#}
    select
        * exclude ({{ text_column }}, marked_parts),
        unnest(list_transform(marked_parts[2:], lambda part: split_part(part, chr(2), 1))) as captured,
        unnest(list_transform(range(2, len(marked_parts) + 1), lambda i: cast(
            length(marked_parts[1])
            + coalesce(list_sum(list_transform(
                marked_parts[2:i - 1], lambda part: length(part) - length(split_part(part, chr(2), 1)) - 1
            )), 0)
            as bigint
        ))) as match_offset
    from (
        select
            searched.*,
            string_split(
                regexp_replace(
                    searched.{{ text_column }}, searched.{{ pattern_column }}, chr(1) || '\1' || chr(2) || '\0', 'g'
                ),
                chr(1)
            ) as marked_parts
        from {{ rows }} as searched
    ) as marked
{%- endmacro %}
