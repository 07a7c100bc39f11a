{#
    Budget against outturn (预决算对比): for each department and fiscal year
    (fct_budget_outturn_pair), each 功能分类 line of its budget beside the same line of its final
    accounts, by fund scope and expenditure type (seeds/budget_outturn_columns.csv): the
    budget, the outturn, the variance and the execution rate. A line printed by only one of
    the two documents (or a department with only one document) keeps the other side empty.
#}
with

pairs as (

    select * from {{ ref('fct_budget_outturn_pair') }}

),

outturn_lines as (

    select * from {{ ref('int_budget_outturn_lines') }}

),

budget_lines as (

    select
        pairs.budget_outturn_pair_id,
        outturn_lines.*
    from pairs
    inner join outturn_lines
        on pairs.budget_report_id = outturn_lines.report_id

),

final_lines as (

    select
        pairs.budget_outturn_pair_id,
        outturn_lines.*
    from pairs
    inner join outturn_lines
        on pairs.final_report_id = outturn_lines.report_id

),

side_by_side as (

    select
        coalesce(budget_lines.budget_outturn_pair_id, final_lines.budget_outturn_pair_id) as budget_outturn_pair_id,
        coalesce(budget_lines.fund_scope, final_lines.fund_scope) as fund_scope,
        coalesce(budget_lines.fund_scope_zh, final_lines.fund_scope_zh) as fund_scope_zh,
        coalesce(budget_lines.expenditure_type, final_lines.expenditure_type) as expenditure_type,
        coalesce(budget_lines.expenditure_type_zh, final_lines.expenditure_type_zh) as expenditure_type_zh,
        coalesce(budget_lines.line_key, final_lines.line_key) as line_key,
        coalesce(budget_lines.line_item, final_lines.line_item) as line_item,
        budget_lines.amount_wan_yuan as budget_wan_yuan,
        final_lines.amount_wan_yuan as outturn_wan_yuan,
        budget_lines.source_places as budget_source_places,
        final_lines.source_places as outturn_source_places
    from budget_lines
    full outer join final_lines
        on
            budget_lines.budget_outturn_pair_id = final_lines.budget_outturn_pair_id
            and budget_lines.fund_scope = final_lines.fund_scope
            and budget_lines.expenditure_type = final_lines.expenditure_type
            and budget_lines.line_key = final_lines.line_key

),

final as (

    select
        {{ dbt.concat([
            'side_by_side.budget_outturn_pair_id', "'|'", 'side_by_side.fund_scope', "'|'",
            'side_by_side.expenditure_type', "'|'", 'side_by_side.line_key'
        ]) }} as budget_vs_outturn_id,
        side_by_side.budget_outturn_pair_id,
        pairs.department_name,
        pairs.region_code,
        pairs.fiscal_year,
        pairs.budget_report_id,
        pairs.final_report_id,
        side_by_side.fund_scope,
        side_by_side.fund_scope_zh,
        side_by_side.expenditure_type,
        side_by_side.expenditure_type_zh,
        case when side_by_side.line_key = '合计' then null else side_by_side.line_key end as function_subject_code,
        case {{ dbt.length('side_by_side.line_key') }}
            when 3 then '类'
            when 5 then '款'
            when 7 then '项'
            else '合计'
        end as subject_level,
        side_by_side.line_item,
        side_by_side.budget_wan_yuan,
        side_by_side.outturn_wan_yuan,
        cast(side_by_side.outturn_wan_yuan - side_by_side.budget_wan_yuan as decimal(20, 6)) as variance_wan_yuan,
        case
            when side_by_side.budget_wan_yuan <> 0
                then cast(
                    round(100 * side_by_side.outturn_wan_yuan / side_by_side.budget_wan_yuan, 2) as decimal(12, 2)
                )
        end as execution_rate_pct,
        side_by_side.budget_source_places,
        side_by_side.outturn_source_places
    from side_by_side
    inner join pairs
        on side_by_side.budget_outturn_pair_id = pairs.budget_outturn_pair_id

)

select * from final
