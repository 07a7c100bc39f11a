{#
    Income by source (收入决算情况说明): one row per report × 收入来源 with the
    amount and share as published. The section's printed total (本年收入合计) is carried on
    every row rather than as a row of its own, so that sum(amount_wan_yuan) adds the parts only.
#}
with

lines as (

    select * from {{ ref('stg_income_by_source') }}

),

parts as (

    select * from lines
    where ordinal > 0

),

printed_totals as (

    select
        report_id,
        amount_wan_yuan as printed_total_wan_yuan,
        amount_wan_yuan_line as printed_total_wan_yuan_line
    from lines
    where ordinal = 0

),

final as (

    select
        {{ dbt.concat(['parts.report_id', "'|'", 'parts.line_item']) }} as revenue_line_id,
        parts.report_id,
        parts.ordinal,
        parts.line_item as income_source,
        parts.amount_wan_yuan,
        parts.share_pct,
        printed_totals.printed_total_wan_yuan,
        parts.amount_wan_yuan_line,
        parts.share_pct_line,
        printed_totals.printed_total_wan_yuan_line
    from parts
    left join printed_totals
        on parts.report_id = printed_totals.report_id

)

select * from final
