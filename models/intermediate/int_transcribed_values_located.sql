{#
    Is every transcribed value printed at the line it cites (in a PDF: at that line of that page)?
    - a number: it is one of the numbers printed on that line, or on that line joined to the
      digits the next non-blank one starts with (the PDF text breaks numbers across lines),
      with the same printed decimals ("0.00" is not "0.0"); thousands separators are ignored,
      and the sign too, since a decrease is printed as a word (减少 49.32).
    - a text: with all whitespace removed, it starts on that line and runs on through the
      following lines; if not, the same after dropping page numbers: first a line holding
      only a number (after the first line), then also " 18 " inside a Chinese sentence.
      In a PDF, a text may also start at its line with its first six characters (a label
      wrapped inside a table cell is interleaved with the row's other cells on the next line).
    Built a batch of reports at a time (report_batched_table), so its memory does not grow with
    the number of reports; within a batch the work is bounded per value, never per document:
    numbers are looked for only on the lines values cite; a text whole on its cited line needs
    no other line; one that ends within the next three non-blank lines is found in them joined;
    a longer one is compared line by line, each line with the part of the text it should hold
    (found from the characters counted before it), only on its page, over as many following
    lines as its length could need, and only in the forms its lines make different.
#}
{{ config(
    materialized='report_batched_table',
    batched_inputs=['stg_transcribed_values', 'stg_document_lines'],
) }}
{%- set pdf_label_prefix = 6 -%}
{%- set text_window_lines = 80 -%}
{#- The longest part of a text that its cited line can hold (characters, whitespace removed). -#}
{%- set max_line_characters = 4000 -%}

with

transcribed_values as (

    select
        *,
        coalesce(source_page, 0) as page_key
    from {{ ref('stg_transcribed_values') }}

),

document_lines as (

    select
        *,
        coalesce(page_number, 0) as page_key
    from {{ ref('stg_document_lines') }}

),

values_at_cited_lines as {{ materialized_cte() }} (

    {# Every value with its cited line's text, joined once for the numbers, the texts and the result. #}
    select
        transcribed_values.*,
        cited_line.line_text as source_line_text,
        cited_line.line_number is not null as has_cited_line
    from transcribed_values
    left join document_lines as cited_line
        on
            transcribed_values.report_id = cited_line.report_id
            and transcribed_values.page_key = cited_line.page_key
            and transcribed_values.source_line = cited_line.line_number

),

non_blank_lines_ahead as (

    {# Each non-blank line with the next three of its page: a number broken across lines is whole
       again in its line joined to the next; most texts that run on past their line end within three. #}
    select
        report_id,
        page_key,
        line_number,
        line_text,
        lead(line_text, 1) over following_lines as next_line_text,
        lead(line_text, 2) over following_lines as second_line_text,
        lead(line_text, 3) over following_lines as third_line_text
    from document_lines
    where trim(line_text) <> ''
    window following_lines as (partition by report_id, page_key order by line_number)

),

cited_number_places as (

    select distinct
        report_id,
        page_key,
        source_line
    from values_at_cited_lines
    where value_kind = 'number' and has_cited_line

),

cited_number_lines as (

    select
        non_blank_lines_ahead.report_id,
        non_blank_lines_ahead.page_key,
        non_blank_lines_ahead.line_number,
        non_blank_lines_ahead.line_text,
        {#- Only the digits the next line starts with: a number printed further on that line is
            that line's, not one broken across the two. -#}
        {{ dbt.concat([
            squeeze_whitespace('non_blank_lines_ahead.line_text'),
            regexp_group(squeeze_whitespace("coalesce(non_blank_lines_ahead.next_line_text, '')"), '^([0-9.,]+)', 1)
        ]) }} as joined_with_next_line
    from non_blank_lines_ahead
    inner join cited_number_places as cited
        on
            non_blank_lines_ahead.report_id = cited.report_id
            and non_blank_lines_ahead.page_key = cited.page_key
            and non_blank_lines_ahead.line_number = cited.source_line

),

printed_numbers as (

    select
        report_id,
        page_key,
        line_number,
        {{ unnest_printed_numbers('line_text', 'printed_number') }}
    from cited_number_lines

    union all

    select
        report_id,
        page_key,
        line_number,
        {{ unnest_printed_numbers('joined_with_next_line', 'printed_number') }}
    from cited_number_lines

),

numbers_on_lines as (

    select distinct
        report_id,
        page_key,
        line_number,
        abs(cast(replace(printed_number, ',', '') as decimal(18, 4))) as printed_number,
        case
            when {{ dbt.position("'.'", 'printed_number') }} > 0
                then {{ dbt.length('printed_number') }} - {{ dbt.position("'.'", 'printed_number') }}
            else 0
        end as printed_decimals
    from printed_numbers
    {# At most 14 digits before the point (decimal(18, 4): several times faster than a wider
       decimal); a longer run of digits is an identifier, not an amount. #}
    where {{ dbt.length(dbt.split_part("replace(printed_number, ',', '')", "'.'", 1)) }} <= 14

),

numbers_located as (

    select
        transcribed_values.seed_name,
        transcribed_values.row_key,
        transcribed_values.column_name,
        count(numbers_on_lines.printed_number) > 0 as is_found
    from transcribed_values
    left join numbers_on_lines
        on
            transcribed_values.report_id = numbers_on_lines.report_id
            and transcribed_values.page_key = numbers_on_lines.page_key
            and transcribed_values.source_line = numbers_on_lines.line_number
            and abs(transcribed_values.number_value) = numbers_on_lines.printed_number
            and transcribed_values.printed_decimals = numbers_on_lines.printed_decimals
    where transcribed_values.value_kind = 'number'
    group by
        transcribed_values.seed_name,
        transcribed_values.row_key,
        transcribed_values.column_name

),

text_values as (

    select
        seed_name,
        row_key,
        column_name,
        report_id,
        page_key,
        source_page,
        source_line,
        {{ squeeze_whitespace('printed_value') }} as wanted_text,
        {{ squeeze_whitespace('source_line_text') }} as cited_line_text,
        {{ squeeze_whitespace(drop_inline_page_numbers('source_line_text')) }}
            as cited_line_text_without_page_numbers
    from values_at_cited_lines
    where value_kind = 'text' and has_cited_line

),

texts_on_following_lines as (

    {# A text that starts on its cited line and ends within the next three non-blank lines. #}
    select
        text_values.seed_name,
        text_values.row_key,
        text_values.column_name
    from text_values
    inner join non_blank_lines_ahead as cited
        on
            text_values.report_id = cited.report_id
            and text_values.page_key = cited.page_key
            and text_values.source_line = cited.line_number
    where
        {{ dbt.position('text_values.wanted_text', 'text_values.cited_line_text') }} = 0
        and {{ dbt.position('text_values.wanted_text', squeeze_whitespace(dbt.concat([
            'cited.line_text',
            "coalesce(cited.next_line_text, '')",
            "coalesce(cited.second_line_text, '')",
            "coalesce(cited.third_line_text, '')",
        ]))) }} between 1 and {{ dbt.length('text_values.cited_line_text') }}

),

long_texts as (

    {# A text neither whole on its cited line nor ended within the next three lines: compared
       with the lines after its cited line in each form (without page numbers, say). #}
    select text_values.*
    from text_values
    left join texts_on_following_lines
        on
            text_values.seed_name = texts_on_following_lines.seed_name
            and text_values.row_key = texts_on_following_lines.row_key
            and text_values.column_name = texts_on_following_lines.column_name
    where
        {{ dbt.position('text_values.wanted_text', 'text_values.cited_line_text') }} = 0
        and texts_on_following_lines.seed_name is null

),

line_lengths as (

    {# A line's length in each form a text running on into it is compared with (whitespace
       removed): as printed; without page-number lines; and also without inline page numbers
       (the shortest form). Only on the pages of long texts. #}
    select
        report_id,
        page_key,
        line_number,
        trim(line_text) <> '' as is_non_blank,
        {{ dbt.length(squeeze_whitespace('line_text')) }} as length_as_printed,
        case
            when {{ is_digits_only('line_text') }} then 0
            else {{ dbt.length(squeeze_whitespace('line_text')) }}
        end as length_without_page_lines,
        case
            when {{ is_digits_only('line_text') }} then 0
            else {{ dbt.length(squeeze_whitespace(drop_inline_page_numbers('line_text'))) }}
        end as length_without_page_numbers
    from document_lines
    where exists (
        select 1
        from long_texts
        where
            long_texts.report_id = document_lines.report_id
            and long_texts.page_key = document_lines.page_key
    )

),

lines_placed as (

    {# How many characters come up to the end of each line, in each form, and the shortest
       form's count as an order key for the as-of join. One running count over every line in
       document order (a running sum partitioned by page takes DuckDB about twice as long): it is
       only ever compared between lines of one page, so what earlier pages add cancels out (times
       10^6 it stays within a bigint up to billions of characters in all). #}
    select
        report_id,
        page_key,
        line_number,
        length_as_printed,
        length_without_page_lines,
        length_without_page_numbers,
        through_as_printed,
        through_without_page_lines,
        through_without_page_numbers,
        (through_without_page_numbers - length_without_page_numbers) * 1000000 + line_number as line_order_key
    from (
        select
            *,
            cast(sum(length_as_printed) over all_lines as {{ dbt.type_bigint() }}) as through_as_printed,
            cast(sum(length_without_page_lines) over all_lines as {{ dbt.type_bigint() }})
                as through_without_page_lines,
            cast(sum(length_without_page_numbers) over all_lines as {{ dbt.type_bigint() }})
                as through_without_page_numbers
        from line_lengths
        window all_lines as (
            order by report_id, page_key, line_number rows between unbounded preceding and current row
        )
    ) as counted

),

run_on_texts as (

    {# A long text can reach into the lines that start before the end of its cited line plus
       its own length (in the shortest form). Only these texts need the characters counted up
       to their cited line. #}
    select
        long_texts.*,
        cited_place.through_as_printed as cited_through_as_printed,
        cited_place.through_without_page_lines as cited_through_without_page_lines,
        cited_place.through_without_page_numbers as cited_through_without_page_numbers,
        {{ dbt.length('long_texts.wanted_text') }} as wanted_length,
        (cited_place.through_without_page_numbers + {{ dbt.length('long_texts.wanted_text') }}) * 1000000
            as reach_order_key
    from long_texts
    inner join lines_placed as cited_place
        on
            long_texts.report_id = cited_place.report_id
            and long_texts.page_key = cited_place.page_key
            and long_texts.source_line = cited_place.line_number

),

run_on_ends as (

    {{ last_line_before(
        'run_on_texts', 'lines_placed', 'reach_order_key', 'line_order_key', text_window_lines
    ) }}

),

window_extents as (

    {# The characters each form counts from the cited line to the window's last line (the
       cited line's own counts come with the text, so that lines are joined once). #}
    select
        run_on_ends.*,
        last_place.through_as_printed - run_on_ends.cited_through_as_printed as after_cited_as_printed,
        last_place.through_without_page_lines - run_on_ends.cited_through_without_page_lines
            as after_cited_without_page_lines,
        last_place.through_without_page_numbers - run_on_ends.cited_through_without_page_numbers
            as after_cited_without_page_numbers
    from run_on_ends
    inner join lines_placed as last_place
        on
            run_on_ends.report_id = last_place.report_id
            and run_on_ends.page_key = last_place.page_key
            and run_on_ends.last_line = last_place.line_number

),

window_forms as (

    {# Each form a window is compared in; a form that drops nothing from the window is the
       text as printed again (lengths only shrink), so it is compared only where it differs. #}
    select
        seed_name,
        row_key,
        column_name,
        report_id,
        page_key,
        source_line,
        last_line,
        wanted_text,
        wanted_length,
        'as printed' as form_name,
        cited_line_text as cited_text,
        cited_through_as_printed as cited_through,
        after_cited_as_printed as after_cited
    from window_extents

    union all

    select
        seed_name,
        row_key,
        column_name,
        report_id,
        page_key,
        source_line,
        last_line,
        wanted_text,
        wanted_length,
        'without page-number lines' as form_name,
        cited_line_text as cited_text,
        cited_through_without_page_lines as cited_through,
        after_cited_without_page_lines as after_cited
    from window_extents
    where after_cited_without_page_lines <> after_cited_as_printed

    union all

    select
        seed_name,
        row_key,
        column_name,
        report_id,
        page_key,
        source_line,
        last_line,
        wanted_text,
        wanted_length,
        'without page numbers' as form_name,
        cited_line_text_without_page_numbers as cited_text,
        cited_through_without_page_numbers as cited_through,
        after_cited_without_page_numbers as after_cited
    from window_extents
    where
        after_cited_without_page_numbers <> after_cited_as_printed
        or cited_line_text_without_page_numbers <> cited_line_text

),

text_start_candidates as (

    {# Every number of characters the cited line could hold of the text: at least one, fewer
       than the whole text, at most the whole line. #}
    {{ each_number_up_to(
        'window_forms',
        'least(window_forms.wanted_length - 1, ' ~ dbt.length('window_forms.cited_text') ~ ')',
        max_line_characters,
        'characters_on_cited_line'
    ) }}

),

text_starts as (

    {# Where the text can start on its cited line: the line's last n characters are the text's
       first n, and the window holds the rest. #}
    select *
    from text_start_candidates
    where
        wanted_length - characters_on_cited_line <= after_cited
        and {{ dbt.right('cited_text', 'characters_on_cited_line') }}
        = substring(wanted_text, 1, characters_on_cited_line)

),

text_start_lines as (

    {# Each following line of a window, by its offset from the cited line. #}
    {{ each_number_up_to(
        'text_starts', 'text_starts.last_line - text_starts.source_line', text_window_lines, 'line_offset'
    ) }}

),

text_parts_placed as (

    {# Each following line of a window with the characters of the text that come before it. #}
    select
        text_starts.seed_name,
        text_starts.row_key,
        text_starts.column_name,
        text_starts.report_id,
        text_starts.page_key,
        text_starts.form_name,
        text_starts.characters_on_cited_line,
        text_starts.wanted_text,
        text_starts.wanted_length,
        lines_placed.line_number,
        text_starts.characters_on_cited_line
        + case text_starts.form_name
            when 'as printed' then lines_placed.through_as_printed - lines_placed.length_as_printed
            when 'without page-number lines'
                then lines_placed.through_without_page_lines - lines_placed.length_without_page_lines
            else lines_placed.through_without_page_numbers - lines_placed.length_without_page_numbers
        end
        - text_starts.cited_through as text_before_line,
        case text_starts.form_name
            when 'as printed' then lines_placed.length_as_printed
            when 'without page-number lines' then lines_placed.length_without_page_lines
            else lines_placed.length_without_page_numbers
        end as line_length
    from text_start_lines as text_starts
    inner join lines_placed
        on
            text_starts.report_id = lines_placed.report_id
            and text_starts.page_key = lines_placed.page_key
            and text_starts.source_line + text_starts.line_offset = lines_placed.line_number

),

text_parts_compared as (

    {# The part of the text each line holds (only lines the text reaches, and not dropped in the form). #}
    select
        text_parts_placed.seed_name,
        text_parts_placed.row_key,
        text_parts_placed.column_name,
        text_parts_placed.form_name,
        text_parts_placed.characters_on_cited_line,
        text_parts_placed.wanted_length,
        least(text_parts_placed.line_length, text_parts_placed.wanted_length - text_parts_placed.text_before_line)
            as part_length,
        substring(
            case
                when text_parts_placed.form_name = 'without page numbers'
                    then {{ squeeze_whitespace(drop_inline_page_numbers('document_lines.line_text')) }}
                else {{ squeeze_whitespace('document_lines.line_text') }}
            end,
            1,
            least(text_parts_placed.line_length, text_parts_placed.wanted_length - text_parts_placed.text_before_line)
        ) = substring(
            text_parts_placed.wanted_text,
            text_parts_placed.text_before_line + 1,
            least(text_parts_placed.line_length, text_parts_placed.wanted_length - text_parts_placed.text_before_line)
        ) as is_part_printed
    from text_parts_placed
    inner join document_lines
        on
            text_parts_placed.report_id = document_lines.report_id
            and text_parts_placed.page_key = document_lines.page_key
            and text_parts_placed.line_number = document_lines.line_number
    where
        text_parts_placed.line_length > 0
        and text_parts_placed.text_before_line < text_parts_placed.wanted_length

),

text_starts_checked as (

    {# A start holds when every line holds its part and the parts make up the rest of the text. #}
    select
        seed_name,
        row_key,
        column_name,
        not {{ dbt.bool_or('not is_part_printed') }}
        and sum(part_length) = max(wanted_length) - characters_on_cited_line as is_found
    from text_parts_compared
    group by
        seed_name,
        row_key,
        column_name,
        form_name,
        characters_on_cited_line

),

texts_run_on as (

    select
        seed_name,
        row_key,
        column_name,
        {{ dbt.bool_or('is_found') }} as is_found
    from text_starts_checked
    group by
        seed_name,
        row_key,
        column_name

),

texts_on_cited_line as (

    select
        seed_name,
        row_key,
        column_name,
        true as is_found
    from text_values
    where
        {{ dbt.position('wanted_text', 'cited_line_text') }} > 0
        or {{ dbt.position('wanted_text', 'cited_line_text_without_page_numbers') }} > 0
        {# In a PDF's ruled table a label wrapped in its cell continues on a line that also
           holds the row's other cells: the cited line must hold its beginning. #}
        or (
            source_page is not null
            and {{ dbt.position('substring(wanted_text, 1, ' ~ pdf_label_prefix ~ ')', 'cited_line_text') }} > 0
        )

),

located as (

    select * from numbers_located
    union all
    select * from texts_on_cited_line
    union all
    select
        seed_name,
        row_key,
        column_name,
        true as is_found
    from texts_on_following_lines
    union all
    select * from texts_run_on

),

located_once as (

    select
        seed_name,
        row_key,
        column_name,
        {{ dbt.bool_or('is_found') }} as is_found
    from located
    group by
        seed_name,
        row_key,
        column_name

),

final as (

    select
        values_at_cited_lines.seed_name,
        values_at_cited_lines.report_id,
        values_at_cited_lines.row_key,
        values_at_cited_lines.column_name,
        values_at_cited_lines.value_kind,
        values_at_cited_lines.printed_value,
        values_at_cited_lines.source_page,
        values_at_cited_lines.source_line,
        values_at_cited_lines.source_line_text,
        coalesce(located.is_found, false) as is_found_at_line
    from values_at_cited_lines
    left join located_once as located
        on
            values_at_cited_lines.seed_name = located.seed_name
            and values_at_cited_lines.row_key = located.row_key
            and values_at_cited_lines.column_name = located.column_name

)

select * from final
