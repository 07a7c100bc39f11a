{# General budget expenditure by economic class (工资福利支出 …), where printed. #}
with

general_budget_economic_classes as (

    select * from {{ seed_relation('general_budget_economic_classes') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_integer('ordinal') }} as ordinal,
        {{ as_text('economic_class_name') }} as economic_class_name,
        {{ as_integer('economic_class_name_page') }} as economic_class_name_page,
        {{ as_integer('economic_class_name_line') }} as economic_class_name_line,
        {{ as_number('amount_wan_yuan') }} as amount_wan_yuan,
        {{ as_integer('amount_wan_yuan_page') }} as amount_wan_yuan_page,
        {{ as_integer('amount_wan_yuan_line') }} as amount_wan_yuan_line,
        {{ as_number('share_pct') }} as share_pct,
        {{ as_integer('share_pct_page') }} as share_pct_page,
        {{ as_integer('share_pct_line') }} as share_pct_line
    from general_budget_economic_classes

)

select * from typed
