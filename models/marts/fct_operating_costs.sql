{# 机关运行经费: one row per report, with the scope the report states and the comparison it prints. #}
with

operating_costs as (

    select * from {{ ref('stg_operating_costs') }}

),

final as (

    select
        report_id,
        scope_note,
        amount_wan_yuan,
        yoy_change_wan_yuan,
        yoy_growth_pct,
        budget_change_wan_yuan,
        budget_variance_pct,
        reason,
        amount_wan_yuan_line,
        yoy_change_wan_yuan_line,
        yoy_growth_pct_line,
        budget_change_wan_yuan_line,
        budget_variance_pct_line,
        reason_line
    from operating_costs

)

select * from final
