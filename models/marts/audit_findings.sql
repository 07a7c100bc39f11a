{# What the reconciliation checks find in the published reports (see int_audit_findings_classified). #}
with

audit_findings as (

    select * from {{ ref('int_audit_findings_classified') }}

),

final as (

    select
        finding_id,
        check_id,
        check_family,
        severity,
        report_id,
        subject,
        finding_kind,
        is_rounding,
        published_value,
        computed_value,
        difference,
        tolerance,
        comparison,
        source_lines,
        is_registered,
        review_status,
        explanation,
        check_description_zh,
        check_description_en
    from audit_findings

)

select * from final
