{#
    Each report's department, the key its budget and its final accounts pair on: the unit name
    (or the department seeds/department_matches.csv names for it), without whitespace and with
    one width of brackets, and the region. A central unit has no region.
#}
with

reports as (

    select * from {{ ref('dim_report') }}

),

department_matches as (

    select * from {{ ref('stg_department_matches') }}

),

named as (

    select
        reports.report_id,
        reports.document_kind,
        reports.fiscal_year,
        reports.unit_name,
        reports.region_code,
        reports.region_name,
        coalesce(department_matches.department_name, reports.unit_name) as department_name
    from reports
    left join department_matches
        on reports.unit_name = department_matches.printed_unit_name

),

final as (

    select
        report_id,
        document_kind,
        fiscal_year,
        unit_name,
        department_name,
        region_code,
        region_name,
        {{ dbt.concat([
            "replace(replace(replace(replace(department_name, ' ', ''), '　', ''), '(', '（'), ')', '）')",
            "'|'",
            "coalesce(region_code, '')"
        ]) }} as department_key
    from named

)

select * from final
