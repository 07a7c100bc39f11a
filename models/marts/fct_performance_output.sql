{#
    One row per output a project paragraph of the performance section states (一是受理工伤病残等级鉴定
    126 例；二是受理鉴定工作完成率100%): its figure and unit as printed, with their lines, and the
    project table the paragraph describes (int_performance_paragraphs_matched).
#}
with

performance_project_outputs as (

    select * from {{ ref('stg_performance_project_outputs') }}

),

performance_project_paragraphs as (

    select * from {{ ref('stg_performance_project_paragraphs') }}

),

performance_paragraphs_matched as (

    select * from {{ ref('int_performance_paragraphs_matched') }}

),

final as (

    select
        {{ dbt.concat([
            as_text('performance_project_outputs.report_id'), "'-'",
            as_text('performance_project_outputs.paragraph_no'), "'-'",
            as_text('performance_project_outputs.ordinal')
        ]) }} as performance_output_id,
        case
            when performance_paragraphs_matched.evaluation_no is not null
                then {{ dbt.concat([
                    as_text('performance_project_outputs.report_id'), "'-'",
                    as_text('performance_paragraphs_matched.evaluation_no')
                ]) }}
        end as performance_project_id,
        performance_project_outputs.report_id,
        performance_project_outputs.paragraph_no,
        performance_project_outputs.ordinal as output_ordinal,
        performance_project_paragraphs.project_name as paragraph_project_name,
        performance_project_outputs.output_name,
        performance_project_outputs.output_name_page,
        performance_project_outputs.output_name_line,
        performance_project_outputs.output_value,
        performance_project_outputs.output_unit,
        performance_project_outputs.output_value_page,
        performance_project_outputs.output_value_line
    from performance_project_outputs
    inner join performance_project_paragraphs
        on
            performance_project_outputs.report_id = performance_project_paragraphs.report_id
            and performance_project_outputs.paragraph_no = performance_project_paragraphs.ordinal
    left join performance_paragraphs_matched
        on
            performance_project_outputs.report_id = performance_paragraphs_matched.report_id
            and performance_project_outputs.paragraph_no = performance_paragraphs_matched.paragraph_ordinal

)

select * from final
