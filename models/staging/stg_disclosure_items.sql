{# The disclosure items the rules require of a report of each kind (seeds/disclosure_items.csv). #}
with

disclosure_items as (

    select * from {{ seed_relation('disclosure_items') }}

),

typed as (

    select
        {{ as_text('item_id') }} as item_id,
        {{ as_integer('ordinal') }} as ordinal,
        {{ as_text('item_name_zh') }} as item_name_zh,
        {{ as_text('item_name_en') }} as item_name_en,
        {{ as_integer('table_no') }} as table_no,
        {{ as_text('pattern') }} as pattern,
        {{ as_text('section_kind') }} as section_kind,
        {{ as_text('document_kind') }} as document_kind
    from disclosure_items

)

select * from typed
