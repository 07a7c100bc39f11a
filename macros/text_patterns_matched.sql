{#
    The matches of the patterns of seeds/text_patterns.csv with the given check_ids, at the line
    where each starts: a select over the relations `joined_lines` (int_document_lines_joined) and
    `text_patterns` (stg_text_patterns). Lines are read joined to the next non-blank line, so a
    phrase broken across two lines is found, and found once: the next line's joined text finds it
    again, but it did not start there. captured is what the pattern's group captures, text_before
    the joined text before the match.
#}
{% macro text_patterns_matched(check_ids) -%}
    select *
    from (
        select
            joined_lines.report_id,
            joined_lines.ordinal,
            joined_lines.page_number,
            joined_lines.line_number,
            joined_lines.place,
            joined_lines.line_text,
            text_patterns.pattern_id,
            text_patterns.check_id,
            text_patterns.expects,
            {{ regexp_capture('joined_lines.joined_text', 'text_patterns.pattern') }} as captured,
            {{ regexp_capture('joined_lines.joined_text', dbt.concat(["'^(.*?)'", 'text_patterns.pattern'])) }}
                as text_before
        from joined_lines
        cross join text_patterns
        where
            text_patterns.check_id in ('{{ check_ids | join("', '") }}')
            and {{ regexp_capture('joined_lines.joined_text', 'text_patterns.pattern') }} <> ''
    ) as matches
    where {{ dbt.length('text_before') }} < {{ dbt.length('line_text') }}
{%- endmacro %}
