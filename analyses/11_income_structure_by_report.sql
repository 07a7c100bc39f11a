{#
    问题：各单位的钱从哪里来？（本年收入按来源）
    读法：每个报告 × 收入来源一行，只列金额不为零的来源，按报告和原文顺序。金额和公布占比为
    公布数；计算占比 = 金额 / 本年收入合计 × 100（计算值，两位小数），用来核对公布占比。
    财政拨款收入占比 100% 的单位完全依赖财政；“其他收入”较大时要看说明里它是什么。
    “其中”行（其中：捐赠收入）是所属收入来源的一部分（是否其中行、所属收入来源两列），
    求和时不计。

    Question: where does each unit's money come from (current-year income by source)?
    How to read: one row per report × income source, only sources with a non-zero amount, in
    printed order. Amount and printed share are as published; computed_share_pct = amount /
    current-year income total × 100 (computed, 2 decimals), to set against the printed share. A
    unit at 100% 财政拨款收入 depends wholly on appropriations; a large 其他收入 needs the text to
    say what it is. A 其中 line (其中：捐赠收入) is part of the source named in of_which_parent:
    leave it out of any sum (is_of_which).
#}
with

revenue as (

    select * from {{ ref('fct_revenue') }}

),

final as (

    select
        report_id,
        ordinal,
        income_source,
        is_of_which,
        of_which_parent,
        amount_wan_yuan,
        share_pct as printed_share_pct,
        cast(
            100 * amount_wan_yuan / nullif(printed_total_wan_yuan, 0) as decimal(18, 2)
        ) as computed_share_pct,
        printed_total_wan_yuan as income_total_wan_yuan,
        amount_wan_yuan_line,
        share_pct_line as printed_share_pct_line,
        printed_total_wan_yuan_line as income_total_wan_yuan_line
    from revenue
    where amount_wan_yuan <> 0

)

select
    report_id,
    ordinal,
    income_source,
    is_of_which,
    of_which_parent,
    amount_wan_yuan,
    printed_share_pct,
    computed_share_pct,
    income_total_wan_yuan,
    amount_wan_yuan_line,
    printed_share_pct_line,
    income_total_wan_yuan_line
from final
order by report_id, ordinal
