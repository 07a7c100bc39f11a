{# One row per figure of a report's performance summary paragraph (tables evaluated, projects, budget, executed). #}
with

performance_summary as (

    select * from {{ ref('stg_performance_summary') }}

),

final as (

    select
        report_id,
        figure_name,
        unit,
        figure_value,
        figure_value_page,
        figure_value_line
    from performance_summary

)

select * from final
