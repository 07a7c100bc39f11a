{#
    问题：各报告在哪些核对项上出现了问题？
    读法：每个报告 × 核对项一行（只列有发现的核对项）。discrepancy_count 为超出舍入容差的不一致，
    missing_count 为报告未公布、无法核对的数字，not_stated_by_template_count 为其模板本不说明的部分
    （不算问题），rounding_count 为容差内的舍入差异（不算问题）；
    registered_count 为已登记在已知问题清单中的发现数。problem_count = 不一致 + 缺失，按它从多到少
    排列。细节（原文行号、公布值与计算值、说明）见 audit_findings。

    Question: which checks found what in each report?
    How to read: one row per report × check that found something. discrepancy_count counts
    differences beyond the rounding tolerance, missing_count figures the report does not print so
    the check cannot be made, not_stated_by_template_count parts the report's template never
    states (not a problem), rounding_count differences within rounding (not a problem);
    registered_count counts findings in the register of known publisher discrepancies.
    Ordered by problem_count (discrepancies + missing) descending. The details (document lines,
    published and computed values, explanation) are in audit_findings.
#}
{%- set by_template = "review_status = 'not_stated_by_template'" %}
with

audit_findings as (

    select * from {{ ref('audit_findings') }}

),

final as (

    select
        report_id,
        check_id,
        check_family,
        severity,
        check_description_en,
        sum(case when finding_kind = 'discrepancy' then 1 else 0 end) as discrepancy_count,
        sum(case when finding_kind = 'missing' and not {{ by_template }} then 1 else 0 end) as missing_count,
        sum(case when {{ by_template }} then 1 else 0 end) as not_stated_by_template_count,
        sum(case when finding_kind = 'rounding' then 1 else 0 end) as rounding_count,
        sum(case when finding_kind in ('discrepancy', 'missing') and not {{ by_template }} then 1 else 0 end)
            as problem_count,
        sum(case when is_registered then 1 else 0 end) as registered_count
    from audit_findings
    group by
        report_id,
        check_id,
        check_family,
        severity,
        check_description_en

)

select
    report_id,
    check_id,
    check_family,
    severity,
    discrepancy_count,
    missing_count,
    not_stated_by_template_count,
    rounding_count,
    problem_count,
    registered_count,
    check_description_en
from final
order by report_id asc, problem_count desc, check_id asc
