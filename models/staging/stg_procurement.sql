{# 政府采购 figures (total, goods, works, services, SME awards). #}
with

procurement as (

    select * from {{ seed_relation('procurement') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_text('line_item') }} as line_item,
        {{ as_number('amount_wan_yuan') }} as amount_wan_yuan,
        {{ as_integer('amount_wan_yuan_page') }} as amount_wan_yuan_page,
        {{ as_integer('amount_wan_yuan_line') }} as amount_wan_yuan_line,
        {{ as_number('share_pct') }} as share_pct,
        {{ as_integer('share_pct_page') }} as share_pct_page,
        {{ as_integer('share_pct_line') }} as share_pct_line
    from procurement

)

select * from typed
