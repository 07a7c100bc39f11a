{# Income by source (收入决算), with published shares and the change from last year a totals paragraph states. #}
with

income_by_source as (

    select * from {{ seed_relation('income_by_source') }}

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
        {{ as_integer('share_pct_line') }} as share_pct_line,
        {{ as_number('yoy_change_wan_yuan') }} as yoy_change_wan_yuan,
        {{ as_integer('yoy_change_wan_yuan_page') }} as yoy_change_wan_yuan_page,
        {{ as_integer('yoy_change_wan_yuan_line') }} as yoy_change_wan_yuan_line
    from income_by_source

)

select * from typed
