{#
    A discrepancy beyond rounding that the register of known publisher discrepancies does
    not list is a transcription error until proven otherwise: the build fails, naming the
    check, the report, the lines, and the published and computed values. A report nobody has
    reviewed yet (none of its findings registered: just added) is published with its findings
    marked not_reviewed; registering them is the reviewer's act, and from then on this rule
    holds for that report too.
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
where review_status = 'unregistered'
