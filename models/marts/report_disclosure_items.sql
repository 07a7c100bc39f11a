{# Per report, each disclosure item the rules require: disclosed or not, and where it is printed. #}
with

disclosure_items_found as (

    select * from {{ ref('int_disclosure_items_found') }}

),

final as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_text('item_id') }} as item_id,
        cast(ordinal as {{ dbt.type_int() }}) as ordinal,
        {{ as_text('item_name_zh') }} as item_name_zh,
        {{ as_text('item_name_en') }} as item_name_en,
        {{ as_text('disclosure_status') }} as disclosure_status,
        disclosure_status in ('present', 'printed_empty') as is_disclosed,
        cast(source_page as {{ dbt.type_int() }}) as source_page,
        cast(source_line as {{ dbt.type_int() }}) as source_line
    from disclosure_items_found

)

select * from final
