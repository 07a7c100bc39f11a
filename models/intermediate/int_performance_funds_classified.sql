{#
    Funding rows of every self-evaluation table, with a code for what each row is. The tables
    print the same kind of row under different labels (年度资金总额 in Xinjiang, 年度财政资金总额
    in Hubei, 合计 or 部门整体支出总额 for a department; 地（州、市）安排 with or without a
    trailing colon), so the marts pivot and filter on the code and keep the label as printed.
#}
with

performance_funds as (

    select * from {{ ref('stg_performance_funds') }}

),

performance_evaluations as (

    select * from {{ ref('stg_performance_evaluations') }}

),

labelled as (

    select
        performance_funds.report_id,
        performance_funds.evaluation_no,
        performance_evaluations.evaluation_level,
        performance_funds.ordinal as fund_ordinal,
        performance_funds.fund_source,
        {{ squeeze_whitespace("replace(performance_funds.fund_source, '：', '')") }} as fund_source_label,
        performance_funds.initial_budget_wan_yuan,
        performance_funds.initial_budget_wan_yuan_page,
        performance_funds.initial_budget_wan_yuan_line,
        performance_funds.full_year_budget_wan_yuan,
        performance_funds.full_year_budget_wan_yuan_page,
        performance_funds.full_year_budget_wan_yuan_line,
        performance_funds.executed_wan_yuan,
        performance_funds.executed_wan_yuan_page,
        performance_funds.executed_wan_yuan_line,
        performance_funds.weight,
        performance_funds.weight_page,
        performance_funds.weight_line,
        performance_funds.execution_rate_pct,
        performance_funds.execution_rate_pct_page,
        performance_funds.execution_rate_pct_line,
        performance_funds.score,
        performance_funds.score_page,
        performance_funds.score_line
    from performance_funds
    inner join performance_evaluations
        on
            performance_funds.report_id = performance_evaluations.report_id
            and performance_funds.evaluation_no = performance_evaluations.evaluation_no

),

classified as (

    {# An unknown label gets no code, and the not_null test on the code names it. #}
    select
        *,
        case
            when fund_source_label in ('年度资金总额', '年度财政资金总额', '部门整体支出总额', '合计') then 'total'
            when fund_source_label = '其中当年财政拨款' then 'current_year_fiscal'
            when fund_source_label in ('其他资金', '其他') then 'other'
            when fund_source_label = '中央安排' then 'central'
            when fund_source_label = '自治区安排' then 'provincial'
            when fund_source_label = '地（州、市）安排' then 'prefecture'
            when fund_source_label = '县（市、区）安排' then 'county'
        end as fund_source_code
    from labelled

),

final as (

    select
        report_id,
        evaluation_no,
        evaluation_level,
        fund_ordinal,
        fund_source,
        fund_source_code,
        initial_budget_wan_yuan,
        initial_budget_wan_yuan_page,
        initial_budget_wan_yuan_line,
        full_year_budget_wan_yuan,
        full_year_budget_wan_yuan_page,
        full_year_budget_wan_yuan_line,
        executed_wan_yuan,
        executed_wan_yuan_page,
        executed_wan_yuan_line,
        weight,
        weight_page,
        weight_line,
        execution_rate_pct,
        execution_rate_pct_page,
        execution_rate_pct_line,
        score,
        score_page,
        score_line
    from classified

)

select * from final
