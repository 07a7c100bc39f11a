{#
    Every comparison of the reconciliation checks is well formed (one pass over the view):
    a registered check, a known report, a subject unique within check and report, a
    tolerance, and a known status and comparison.
#}
with

check_results as (

    select * from {{ ref('int_check_results') }}

),

check_registry as (

    select * from {{ ref('stg_check_registry') }}

),

reports as (

    select * from {{ ref('stg_reports') }}

),

duplicates as (

    select
        check_id,
        report_id,
        subject,
        count(*) as comparisons
    from check_results
    group by check_id, report_id, subject
    having count(*) > 1

)

select
    check_results.check_id,
    check_results.report_id,
    check_results.subject,
    'malformed comparison' as problem
from check_results
left join check_registry on check_results.check_id = check_registry.check_id
left join reports on check_results.report_id = reports.report_id
where
    check_registry.check_id is null
    or reports.report_id is null
    or check_results.subject is null
    or check_results.tolerance is null
    or check_results.is_input_missing is null
    or check_results.check_status not in ('consistent', 'rounding', 'discrepancy', 'missing')
    or check_results.comparison not in ('equal', 'at_most', 'flag')

union all

select
    check_id,
    report_id,
    subject,
    'subject compared more than once' as problem
from duplicates
