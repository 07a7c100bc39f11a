{#
    A register entry that no longer matches a finding (same check, report, subject and
    values) is stale: it must go, or it would hide a future error.
#}
select
    known_discrepancies.report_id,
    known_discrepancies.check_id,
    known_discrepancies.subject,
    known_discrepancies.published_value,
    known_discrepancies.computed_value
from {{ ref('stg_known_discrepancies') }} as known_discrepancies
left join {{ ref('audit_findings') }} as audit_findings
    on
        known_discrepancies.check_id = audit_findings.check_id
        and known_discrepancies.report_id = audit_findings.report_id
        and known_discrepancies.subject = audit_findings.subject
        and coalesce(known_discrepancies.published_value, -1) = coalesce(audit_findings.published_value, -1)
        and coalesce(known_discrepancies.computed_value, -1) = coalesce(audit_findings.computed_value, -1)
        and not audit_findings.is_rounding
where audit_findings.finding_id is null
