{#
    A discrepancy beyond rounding that the register of known publisher discrepancies does
    not list is a transcription error until proven otherwise: the build fails, naming the
    check, the report, the lines, and the published and computed values.
#}
select
    check_id,
    report_id,
    subject,
    finding_kind,
    published_value,
    computed_value,
    difference,
    tolerance,
    source_lines
from {{ ref('audit_findings') }}
where not is_rounding and not is_registered
