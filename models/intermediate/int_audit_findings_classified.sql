{#
    (A view, so that a changed input is re-checked at once: the mart audit_findings is a
    table copy of it.)
    What the reconciliation checks find in the published reports, one row per finding:
    rounding-level differences (is_rounding), discrepancies beyond rounding, and figures a
    comparison needs but the report does not print. Each says which check, which report,
    the document lines involved, the published and computed values, and — when the finding
    is in the register of known publisher discrepancies — what is wrong. A finding of a report
    that nobody has reviewed yet (no register entry at all: a report just added) is
    'not_reviewed'; once the register lists a report's findings, every other finding of that
    report beyond rounding is 'unregistered' and fails the build. A part missing because the
    report's template never states it (seeds/template_unstated_parts.csv) is
    'not_stated_by_template': still listed, with the template's reason.
#}
with

check_results as (

    select * from {{ ref('int_check_results') }}

),

check_registry as (

    select * from {{ ref('stg_check_registry') }}

),

known_discrepancies as (

    select * from {{ ref('stg_known_discrepancies') }}

),

findings as (

    select * from check_results
    where check_status <> 'consistent'

),

reports as (

    select * from {{ ref('stg_reports') }}

),

template_unstated_parts as (

    select * from {{ ref('stg_template_unstated_parts') }}

),

reviewed_reports as (

    {# A report is reviewed once the register lists its findings: then every finding must be registered. #}
    select distinct report_id from known_discrepancies

),

final as (

    select
        {{ dbt.concat(['findings.check_id', "'|'", 'findings.report_id', "'|'", 'findings.subject']) }} as finding_id,
        findings.check_id,
        check_registry.check_family,
        check_registry.severity,
        findings.report_id,
        findings.subject,
        findings.check_status as finding_kind,
        findings.check_status = 'rounding' as is_rounding,
        findings.published_value,
        findings.computed_value,
        findings.difference,
        findings.tolerance,
        findings.comparison,
        findings.source_lines,
        known_discrepancies.check_id is not null as is_registered,
        case
            when findings.check_status = 'rounding' then 'within_rounding'
            when known_discrepancies.check_id is not null then 'registered'
            when template_unstated_parts.check_id is not null then 'not_stated_by_template'
            when reviewed_reports.report_id is null then 'not_reviewed'
            else 'unregistered'
        end as review_status,
        coalesce(
            known_discrepancies.explanation, template_unstated_parts.reason, check_registry.description_zh
        ) as explanation,
        check_registry.description_zh as check_description_zh,
        check_registry.description_en as check_description_en
    from findings
    left join check_registry
        on findings.check_id = check_registry.check_id
    left join reviewed_reports
        on findings.report_id = reviewed_reports.report_id
    left join reports
        on findings.report_id = reports.report_id
    left join template_unstated_parts
        on
            reports.disclosure_template = template_unstated_parts.disclosure_template
            and reports.document_kind = template_unstated_parts.document_kind
            and findings.check_id = template_unstated_parts.check_id
            and findings.subject = template_unstated_parts.subject
            and findings.check_status = 'missing'
    left join known_discrepancies
        on
            findings.check_id = known_discrepancies.check_id
            and findings.report_id = known_discrepancies.report_id
            and findings.subject = known_discrepancies.subject
            and coalesce(findings.published_value, -1) = coalesce(known_discrepancies.published_value, -1)
            and coalesce(findings.computed_value, -1) = coalesce(known_discrepancies.computed_value, -1)

)

select * from final
