{# The internal divisions (内设机构) and budget units (预算单位) each report names, in printed order. #}
with

organisations as (

    select * from {{ ref('stg_unit_organisations') }}

),

final as (

    select
        {{ dbt.concat(['report_id', "'|'", 'organisation_kind', "'|'", as_text('ordinal')]) }} as organisation_id,
        report_id,
        organisation_kind,
        ordinal,
        organisation_name,
        organisation_name_line
    from organisations

)

select * from final
