{#
    政府采购: one row per report × line (总额, 货物, 工程, 服务, contracts awarded to SMEs
    and to small and micro enterprises, per-kind SME shares where printed).
    procurement_group tells the total, its three kinds (which add up to it) and the SME lines apart.
#}
with

procurement as (

    select * from {{ ref('stg_procurement') }}

),

final as (

    select
        {{ dbt.concat(['report_id', "'|'", 'line_item']) }} as procurement_line_id,
        report_id,
        line_item,
        case
            when line_item = '政府采购支出总额' then 'total'
            when line_item in ('政府采购货物支出', '政府采购工程支出', '政府采购服务支出') then 'kind'
            else 'sme'
        end as procurement_group,
        amount_wan_yuan,
        share_pct,
        amount_wan_yuan_line,
        share_pct_line
    from procurement

)

select * from final
