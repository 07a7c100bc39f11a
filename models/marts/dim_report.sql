{# One row per published report: a unit's final accounts or budget for one fiscal year. #}
with

reports as (

    select * from {{ ref('stg_reports') }}

),

final as (

    select
        report_id,
        document_kind,
        case document_kind
            when 'final_accounts' then '部门决算'
            when 'budget' then '部门预算'
        end as document_kind_label,
        fiscal_year,
        unit_name,
        scope,
        case scope
            when 'department_with_subordinates' then '部门（含下属单位）'
            when 'single_unit' then '单位'
            when 'department' then '部门'
        end as scope_label,
        province_code,
        province_name,
        prefecture_code,
        prefecture_name,
        county_code,
        county_name,
        coalesce(county_code, prefecture_code, province_code) as region_code,
        coalesce(county_name, prefecture_name, province_name) as region_name,
        disclosure_template,
        source_document,
        case when lower(source_document) like '%.pdf' then 'pdf' else 'text' end as document_format,
        source_sha256,
        unit_name_page,
        unit_name_line
    from reports

)

select * from final
