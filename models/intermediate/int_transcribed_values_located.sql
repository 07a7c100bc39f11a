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
#}
{%- set pdf_label_prefix = 6 -%}

with

transcribed_values as (

    select * from {{ ref('stg_transcribed_values') }}

),

document_lines as (

    select * from {{ ref('stg_document_lines') }}

),

line_texts as (

    {# Each line in the three forms a text value is compared with. #}
    select
        report_id,
        page_number,
        line_number,
        line_text,
        {{ squeeze_whitespace('line_text') }} as squeezed_text,
        {{ squeeze_whitespace(drop_inline_page_numbers('line_text')) }} as squeezed_text_without_page_numbers,
        {{ is_digits_only('line_text') }} as is_page_number_line
    from document_lines

),

non_blank_lines as (

    select
        report_id,
        page_number,
        line_number,
        line_text,
        lead(line_text) over (partition by report_id, page_number order by line_number) as next_line_text
    from document_lines
    where trim(line_text) <> ''

),

joined_lines as (

    {# A number broken across lines is whole again in a line joined to the next non-blank one. #}
    select
        report_id,
        page_number,
        line_number,
        line_text,
        {{ squeeze_whitespace(dbt.concat(['line_text', "coalesce(next_line_text, '')"])) }} as joined_with_next_line
    from non_blank_lines

),

printed_numbers as (

    select
        report_id,
        page_number,
        line_number,
        {{ unnest_printed_numbers('line_text', 'printed_number') }}
    from joined_lines

    union all

    select
        report_id,
        page_number,
        line_number,
        {{ unnest_printed_numbers('joined_with_next_line', 'printed_number') }}
    from joined_lines

),

numbers_on_lines as (

    select distinct
        report_id,
        page_number,
        line_number,
        abs(cast(replace(printed_number, ',', '') as decimal(38, 4))) as printed_number,
        case
            when {{ dbt.position("'.'", 'printed_number') }} > 0
                then {{ dbt.length('printed_number') }} - {{ dbt.position("'.'", 'printed_number') }}
            else 0
        end as printed_decimals
    from printed_numbers
    where {{ dbt.length('printed_number') }} <= 30

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
            and coalesce(transcribed_values.source_page, 0) = coalesce(numbers_on_lines.page_number, 0)
            and transcribed_values.source_line = numbers_on_lines.line_number
            and abs(transcribed_values.number_value) = numbers_on_lines.printed_number
            and transcribed_values.printed_decimals = numbers_on_lines.printed_decimals
    where transcribed_values.value_kind = 'number'
    group by
        transcribed_values.seed_name,
        transcribed_values.row_key,
        transcribed_values.column_name

),

text_window_lines as (

    {# The cited line and the 80 after it; page-number lines only count on the cited line. #}
    select
        transcribed_values.seed_name,
        transcribed_values.row_key,
        transcribed_values.column_name,
        transcribed_values.printed_value,
        line_texts.line_number,
        line_texts.squeezed_text,
        transcribed_values.source_page,
        case
            when line_texts.line_number = transcribed_values.source_line
                then {{ dbt.length('line_texts.squeezed_text') }}
        end as cited_line_length,
        case
            when line_texts.line_number = transcribed_values.source_line then line_texts.squeezed_text
        end as cited_line_text,
        case
            when line_texts.line_number > transcribed_values.source_line and line_texts.is_page_number_line
                then ''
            else line_texts.squeezed_text
        end as squeezed_text_without_page_lines,
        case
            when line_texts.line_number > transcribed_values.source_line and line_texts.is_page_number_line
                then ''
            else line_texts.squeezed_text_without_page_numbers
        end as squeezed_text_without_page_numbers
    from transcribed_values
    inner join line_texts
        on
            transcribed_values.report_id = line_texts.report_id
            and coalesce(transcribed_values.source_page, 0) = coalesce(line_texts.page_number, 0)
            and line_texts.line_number between transcribed_values.source_line
            and transcribed_values.source_line + 80
    where transcribed_values.value_kind = 'text'

),

text_windows as (

    select
        seed_name,
        row_key,
        column_name,
        {{ squeeze_whitespace('printed_value') }} as wanted_text,
        max(source_page) as source_page,
        greatest(max(cited_line_length), 1) as cited_line_length,
        max(cited_line_text) as cited_line_text,
        {{ ordered_string_agg('squeezed_text', 'line_number') }} as window_text,
        {{ ordered_string_agg('squeezed_text_without_page_lines', 'line_number') }} as window_text_without_page_lines,
        {{ ordered_string_agg('squeezed_text_without_page_numbers', 'line_number') }}
            as window_text_without_page_numbers
    from text_window_lines
    group by
        seed_name,
        row_key,
        column_name,
        printed_value

),

texts_located as (

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
    from text_windows

),

located as (

    select * from numbers_located
    union all
    select * from texts_located

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
            and coalesce(transcribed_values.source_page, 0) = coalesce(document_lines.page_number, 0)
            and transcribed_values.source_line = document_lines.line_number

)

select * from final
