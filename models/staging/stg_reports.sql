{# One row per published report: the register of source documents. #}
with

reports as (

    select * from {{ seed_relation('reports') }}

),

typed as (

    select
        cast(report_id as {{ dbt.type_string() }}) as report_id,
        cast(document_kind as {{ dbt.type_string() }}) as document_kind,
        cast(fiscal_year as {{ dbt.type_int() }}) as fiscal_year,
        cast(unit_name as {{ dbt.type_string() }}) as unit_name,
        cast(unit_name_page as {{ dbt.type_int() }}) as unit_name_page,
        cast(unit_name_line as {{ dbt.type_int() }}) as unit_name_line,
        cast(scope as {{ dbt.type_string() }}) as scope,
        cast(province_code as {{ dbt.type_string() }}) as province_code,
        cast(province_name as {{ dbt.type_string() }}) as province_name,
        cast(prefecture_code as {{ dbt.type_string() }}) as prefecture_code,
        cast(prefecture_name as {{ dbt.type_string() }}) as prefecture_name,
        cast(county_code as {{ dbt.type_string() }}) as county_code,
        cast(county_name as {{ dbt.type_string() }}) as county_name,
        cast(template as {{ dbt.type_string() }}) as disclosure_template,
        cast(source_document as {{ dbt.type_string() }}) as source_document,
        cast(source_sha256 as {{ dbt.type_string() }}) as source_sha256
    from reports

)

select * from typed
