{#
    Each disclosure item the rules require (seeds/disclosure_items.csv) of each report, by its kind
    (final accounts, budget): found or not, and where. A statement table is 'present' when the report's tables were read and it was
    found, 'printed_empty' when it is printed empty with its note; a table only named in the text
    (a list of the tables, or a title whose table was not read) is 'title_only', which does not
    count as disclosed. Any other item is 'present' at the first line its pattern matches (the
    whole text searched, so a heading broken across lines is found), or at the first line of
    a document section of its kind (glossary, performance_tables); else 'absent'.
    Per report throughout, so it is built a batch of reports at a time (memory does not grow with them).
#}
{{ config(
    materialized='report_batched_table',
    batched_inputs=[
        'stg_reports', 'stg_statement_tables', 'stg_document_sections', 'int_document_lines_placed', 'int_document_texts'
    ],
) }}
with

reports as (

    select * from {{ ref('stg_reports') }}

),

disclosure_items as (

    select * from {{ ref('stg_disclosure_items') }}

),

statement_tables as (

    select * from {{ ref('stg_statement_tables') }}

),

document_sections as (

    select * from {{ ref('stg_document_sections') }}

),

placed_lines as (

    select * from {{ ref('int_document_lines_placed') }}

),

report_items as (

    select
        reports.report_id,
        disclosure_items.item_id,
        disclosure_items.ordinal,
        disclosure_items.item_name_zh,
        disclosure_items.item_name_en,
        disclosure_items.table_no,
        disclosure_items.pattern,
        disclosure_items.section_kind
    from reports
    inner join disclosure_items
        on reports.document_kind = disclosure_items.document_kind

),

document_texts as (

    select * from {{ ref('int_document_texts') }}

),

first_matches as (

    {# Where each item's first match starts in its document (a phrase broken across lines included). #}
    select
        report_id,
        item_id,
        min(match_offset) as match_offset
    from (
        {{ regexp_matches_located(
            "(select report_items.report_id, report_items.item_id, report_items.pattern, document_texts.document_text"
            ~ " from report_items inner join document_texts on report_items.report_id = document_texts.report_id)",
            'document_text',
            'pattern'
        ) }}
    ) as matches
    group by
        report_id,
        item_id

),

first_mentions as (

    {# The line where the first match starts. #}
    select
        first_matches.report_id,
        first_matches.item_id,
        line_spans.ordinal as first_ordinal
    from first_matches
    inner join placed_lines as line_spans
        on
            first_matches.report_id = line_spans.report_id
            and first_matches.match_offset >= line_spans.text_offset
            and first_matches.match_offset < line_spans.text_offset + {{ dbt.length('line_spans.line_text') }}

),

first_sections as (

    select
        report_id,
        section_kind,
        min(first_line) as first_line
    from document_sections
    group by
        report_id,
        section_kind

),

located as (

    select
        report_items.report_id,
        report_items.item_id,
        report_items.ordinal,
        report_items.item_name_zh,
        report_items.item_name_en,
        report_items.table_no,
        statement_tables.table_status,
        statement_tables.printed_title_page,
        statement_tables.printed_title_line,
        mentioned_lines.page_number as mention_page,
        mentioned_lines.line_number as mention_line,
        first_sections.first_line as section_line
    from report_items
    left join statement_tables
        on
            report_items.report_id = statement_tables.report_id
            and report_items.table_no = statement_tables.table_no
    left join first_mentions
        on
            report_items.report_id = first_mentions.report_id
            and report_items.item_id = first_mentions.item_id
    left join placed_lines as mentioned_lines
        on
            first_mentions.report_id = mentioned_lines.report_id
            and first_mentions.first_ordinal = mentioned_lines.ordinal
    left join first_sections
        on
            report_items.report_id = first_sections.report_id
            and report_items.section_kind = first_sections.section_kind

),

final as (

    select
        report_id,
        item_id,
        ordinal,
        item_name_zh,
        item_name_en,
        case
            when table_status = 'found' then 'present'
            when table_status = 'empty' then 'printed_empty'
            when table_no is not null and mention_line is not null then 'title_only'
            when table_no is not null then 'absent'
            when mention_line is not null or section_line is not null then 'present'
            else 'absent'
        end as disclosure_status,
        case
            when table_status in ('found', 'empty') then printed_title_page
            when mention_line is not null then mention_page
        end as source_page,
        case
            when table_status in ('found', 'empty') then printed_title_line
            when mention_line is not null then mention_line
            else section_line
        end as source_line
    from located

)

select * from final
