{#
    Is every transcribed value printed at the line it cites (in a PDF: at that line of that page)?
    - a number: it is one of the numbers printed on that line, or on that line joined to the
      next non-blank one (the PDF text breaks numbers across lines), with the same printed
      decimals ("0.00" is not "0.0"); thousands separators are ignored, and the sign too,
      since a decrease is printed as a word (减少 49.32).
    - a text: with all whitespace removed, it starts on that line and runs on through the
      following lines; if not, the same after dropping page numbers: first a line holding
      only a number (after the first line), then also " 18 " inside a Chinese sentence.
      In a PDF, a text may also start at its line with its first six characters (a label
      wrapped inside a table cell is interleaved with the row's other cells on the next line).
    The work is bounded per value, never per document, so that it grows linearly with the
    number of reports: numbers are looked for only on the lines values cite; a text whole on
    its cited line needs no other line, and a longer one only as many following lines as its
    length could need (counted in the shortest of the forms below). Only narrow rows (keys
    and lengths) go through the window functions over all lines; texts are read and squeezed
    only for the lines values need.
#}
{{ config(materialized='table') }}
{%- set pdf_label_prefix = 6 -%}
{%- set text_window_lines = 80 -%}

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

line_lengths as (

    {# What a line adds to a text that runs on into it, in the shortest form (page-number lines add nothing). #}
    select
        report_id,
        page_key,
        line_number,
        trim(line_text) <> '' as is_non_blank,
        case
            when {{ is_digits_only('line_text') }} then 0
            else {{ dbt.length(squeeze_whitespace(drop_inline_page_numbers('line_text'))) }}
        end as run_on_length
    from document_lines

),

lines_placed as (

    {# Where each line starts in the text of its page (shortest form), and that as an order key. #}
    select
        report_id,
        page_key,
        line_number,
        run_on_length,
        characters_through_line - run_on_length as characters_before_line,
        (characters_through_line - run_on_length) * 1000000 + line_number as line_order_key
    from (
        select
            *,
            sum(run_on_length) over (
                partition by report_id, page_key order by line_number rows between unbounded preceding and current row
            ) as characters_through_line
        from line_lengths
    ) as counted

),

next_non_blank_lines as (

    select
        report_id,
        page_key,
        line_number,
        lead(line_number) over (partition by report_id, page_key order by line_number) as next_line_number
    from line_lengths
    where is_non_blank

),

cited_number_lines as (

    {# A number broken across lines is whole again in its line joined to the next non-blank one. #}
    select
        cited.report_id,
        cited.page_key,
        cited.line_number,
        cited_line.line_text,
        {{ squeeze_whitespace(dbt.concat([
            'cited_line.line_text', "coalesce(next_line.line_text, '')"
        ])) }} as joined_with_next_line
    from (
        select distinct
            report_id,
            page_key,
            source_line as line_number
        from transcribed_values
        where value_kind = 'number'
    ) as cited
    inner join next_non_blank_lines
        on
            cited.report_id = next_non_blank_lines.report_id
            and cited.page_key = next_non_blank_lines.page_key
            and cited.line_number = next_non_blank_lines.line_number
    inner join document_lines as cited_line
        on
            cited.report_id = cited_line.report_id
            and cited.page_key = cited_line.page_key
            and cited.line_number = cited_line.line_number
    left join document_lines as next_line
        on
            cited.report_id = next_line.report_id
            and cited.page_key = next_line.page_key
            and next_non_blank_lines.next_line_number = next_line.line_number

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
        transcribed_values.seed_name,
        transcribed_values.row_key,
        transcribed_values.column_name,
        transcribed_values.report_id,
        transcribed_values.page_key,
        transcribed_values.source_page,
        transcribed_values.source_line,
        {{ squeeze_whitespace('transcribed_values.printed_value') }} as wanted_text,
        {{ squeeze_whitespace('cited_line.line_text') }} as cited_line_text,
        cited_place.characters_before_line + cited_place.run_on_length as characters_through_cited_line
    from transcribed_values
    inner join document_lines as cited_line
        on
            transcribed_values.report_id = cited_line.report_id
            and transcribed_values.page_key = cited_line.page_key
            and transcribed_values.source_line = cited_line.line_number
    inner join lines_placed as cited_place
        on
            transcribed_values.report_id = cited_place.report_id
            and transcribed_values.page_key = cited_place.page_key
            and transcribed_values.source_line = cited_place.line_number
    where transcribed_values.value_kind = 'text'

),

run_on_texts as (

    {# A text not whole on its cited line: it can reach into the lines that start before the
       end of its cited line plus its own length (in the shortest form). #}
    select
        *,
        (characters_through_cited_line + {{ dbt.length('wanted_text') }}) * 1000000 as reach_order_key
    from text_values
    where {{ dbt.position('wanted_text', 'cited_line_text') }} = 0

),

run_on_ends as (

    {{ last_line_before(
        'run_on_texts', 'lines_placed', 'reach_order_key', 'line_order_key', text_window_lines
    ) }}

),

line_offsets as (

    {%- for line_offset in range(text_window_lines + 1) %}
    select {{ line_offset }} as line_offset
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- endfor %}

),

window_line_numbers as (

    select
        run_on_ends.*,
        line_offsets.line_offset,
        run_on_ends.source_line + line_offsets.line_offset as line_number
    from run_on_ends
    inner join line_offsets
        on line_offsets.line_offset <= run_on_ends.last_line - run_on_ends.source_line

),

window_lines as (

    {# The lines of the windows, in the forms a text is compared with. #}
    select
        window_line_numbers.seed_name,
        window_line_numbers.row_key,
        window_line_numbers.column_name,
        window_line_numbers.wanted_text,
        window_line_numbers.source_page,
        window_line_numbers.line_offset,
        window_line_numbers.line_number,
        {{ squeeze_whitespace('document_lines.line_text') }} as squeezed_text,
        {{ squeeze_whitespace(drop_inline_page_numbers('document_lines.line_text')) }}
            as squeezed_text_without_page_numbers,
        {{ is_digits_only('document_lines.line_text') }} as is_page_number_line
    from window_line_numbers
    inner join document_lines
        on
            window_line_numbers.report_id = document_lines.report_id
            and window_line_numbers.page_key = document_lines.page_key
            and window_line_numbers.line_number = document_lines.line_number

),

text_window_lines as (

    {# A line in the shortest way to hold its three forms: its squeezed text, whether it is
       dropped (a page-number line after the cited one), and its text without inline page
       numbers where that differs. #}
    select
        seed_name,
        row_key,
        column_name,
        wanted_text,
        source_page,
        line_number,
        squeezed_text,
        line_offset > 0 and is_page_number_line as is_dropped,
        nullif(squeezed_text_without_page_numbers, squeezed_text) as other_form,
        case when line_offset = 0 then {{ dbt.length('squeezed_text') }} end as cited_line_length,
        case when line_offset = 0 then squeezed_text end as cited_line_text
    from window_lines

),

text_windows as (

    {# Each window's lines in order, once (one list per value: memory is the windows' text once). #}
    select
        seed_name,
        row_key,
        column_name,
        max(wanted_text) as wanted_text,
        max(source_page) as source_page,
        greatest(max(cited_line_length), 1) as cited_line_length,
        max(cited_line_text) as cited_line_text,
        {{ ordered_parts('line_number', {
            'squeezed_text': 'squeezed_text', 'is_dropped': 'is_dropped', 'other_form': 'other_form'
        }) }} as window_parts
    from text_window_lines
    group by
        seed_name,
        row_key,
        column_name

),

window_texts as (

    select
        text_windows.seed_name,
        text_windows.row_key,
        text_windows.column_name,
        text_windows.wanted_text,
        text_windows.source_page,
        text_windows.cited_line_length,
        text_windows.cited_line_text,
        {{ joined_parts('text_windows.window_parts', 'squeezed_text') }} as window_text,
        {{ joined_parts('text_windows.window_parts', "case when part.is_dropped then '' else part.squeezed_text end") }}
            as window_text_without_page_lines,
        {{ joined_parts(
            'text_windows.window_parts', "case when part.is_dropped then '' else coalesce(part.other_form, part.squeezed_text) end"
        ) }} as window_text_without_page_numbers
    from text_windows

),

texts_on_cited_line as (

    select
        seed_name,
        row_key,
        column_name,
        true as is_found
    from text_values
    where {{ dbt.position('wanted_text', 'cited_line_text') }} > 0

),

texts_run_on as (

    select
        seed_name,
        row_key,
        column_name,
        (
            {{ dbt.position('wanted_text', 'window_text') }} between 1 and cited_line_length
            or {{ dbt.position('wanted_text', 'window_text_without_page_lines') }} between 1 and cited_line_length
            or {{ dbt.position('wanted_text', 'window_text_without_page_numbers') }} between 1 and cited_line_length
            {# In a PDF's ruled table a label wrapped in its cell continues on a line that also
               holds the row's other cells: the cited line must hold its beginning. #}
            or (
                source_page is not null
                and {{ dbt.position('substring(wanted_text, 1, ' ~ pdf_label_prefix ~ ')', 'cited_line_text') }} > 0
            )
        ) as is_found
    from window_texts

),

located as (

    select * from numbers_located
    union all
    select * from texts_on_cited_line
    union all
    select * from texts_run_on

),

final as (

    select
        transcribed_values.seed_name,
        transcribed_values.report_id,
        transcribed_values.row_key,
        transcribed_values.column_name,
        transcribed_values.value_kind,
        transcribed_values.printed_value,
        transcribed_values.source_page,
        transcribed_values.source_line,
        document_lines.line_text as source_line_text,
        coalesce(located.is_found, false) as is_found_at_line
    from transcribed_values
    left join located
        on
            transcribed_values.seed_name = located.seed_name
            and transcribed_values.row_key = located.row_key
            and transcribed_values.column_name = located.column_name
    left join document_lines
        on
            transcribed_values.report_id = document_lines.report_id
            and transcribed_values.page_key = document_lines.page_key
            and transcribed_values.source_line = document_lines.line_number

)

select * from final
