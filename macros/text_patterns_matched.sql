{#
    The matches of the patterns of seeds/text_patterns.csv with the given check_ids, at the line
    where each starts (the first match starting on a line). Each pattern searches each document's
    whole text once (int_document_texts: a pattern read from a seed costs a compile per row it
    meets), so a phrase broken across lines is found, and found once. captured is what the
    pattern's group captures, text_before the line's text before the match.
#}
{% macro text_patterns_matched(check_ids) -%}
    select
        report_id,
        ordinal,
        page_number,
        line_number,
        place,
        line_text,
        pattern_id,
        check_id,
        expects,
        captured,
        text_before
    from (
        select
            lines.report_id,
            lines.ordinal,
            lines.page_number,
            lines.line_number,
            lines.place,
            lines.line_text,
            matches.pattern_id,
            matches.check_id,
            matches.expects,
            matches.captured,
            substring(lines.line_text, 1, matches.match_offset - lines.text_offset) as text_before,
            row_number() over (
                partition by lines.report_id, lines.ordinal, matches.pattern_id
                order by matches.match_offset
            ) as match_on_line
        from (
            {{ regexp_matches_located(
                "(select document_texts.report_id, document_texts.document_text, text_patterns.pattern_id,"
                ~ " text_patterns.check_id, text_patterns.expects, text_patterns.pattern"
                ~ " from " ~ ref('int_document_texts') ~ " as document_texts"
                ~ " cross join " ~ ref('stg_text_patterns') ~ " as text_patterns"
                ~ " where text_patterns.check_id in ('" ~ check_ids | join("', '") ~ "'))",
                'document_text',
                'pattern'
            ) }}
        ) as matches
        inner join {{ ref('int_document_lines_placed') }} as lines
            on
                matches.report_id = lines.report_id
                and matches.match_offset >= lines.text_offset
                and matches.match_offset < lines.text_offset + {{ dbt.length('lines.line_text') }}
    ) as located
    where match_on_line = 1
{%- endmacro %}
