{# Expenditure by type (支出决算: 基本支出, 项目支出, …), with published shares. #}
with

expenditure_by_type as (

    select * from {{ seed_relation('expenditure_by_type') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_text('line_item') }} as line_item,
        {{ as_integer('ordinal') }} as ordinal,
        {{ as_number('amount_wan_yuan') }} as amount_wan_yuan,
        {{ as_integer('amount_wan_yuan_page') }} as amount_wan_yuan_page,
        {{ as_integer('amount_wan_yuan_line') }} as amount_wan_yuan_line,
        {{ as_number('share_pct') }} as share_pct,
        {{ as_integer('share_pct_page') }} as share_pct_page,
        {{ as_integer('share_pct_line') }} as share_pct_line
    from expenditure_by_type

)

select * from typed
