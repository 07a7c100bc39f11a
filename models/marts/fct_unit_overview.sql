{# 机构设置及人员情况: staff counts (实有人数, 在职, 离休, 退休) and unit counts as printed. #}
with

figures as (

    select * from {{ ref('stg_unit_overview_figures') }}

),

final as (

    select
        {{ dbt.concat(['report_id', "'|'", 'figure_name']) }} as unit_overview_id,
        report_id,
        figure_name,
        figure_value,
        unit,
        figure_value_line
    from figures

)

select * from final
