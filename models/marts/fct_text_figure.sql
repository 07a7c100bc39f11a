{#
    One row per figure printed inside a text column (a self-evaluation table's 预期目标, 实际完成情况,
    偏差原因; an explanation's 主要原因): the number as printed with its unit, the words naming it, the
    clause, and its own page and line, linked by the row's keys to the self-evaluation table
    and indicator whose text prints it.
#}
with

text_column_figures as (

    select * from {{ ref('stg_text_column_figures') }}

),

performance_evaluations as (

    select * from {{ ref('stg_performance_evaluations') }}

),

figures_keyed as (

    {# A self-evaluation row's key is report_id|evaluation_no, an indicator's report_id|evaluation_no|ordinal. #}
    select
        *,
        case
            when source_seed in ('performance_evaluations', 'performance_indicators')
                then {{ as_integer(dbt.split_part('source_row_key', "'|'", 2)) }}
        end as evaluation_no,
        case
            when source_seed = 'performance_indicators'
                then {{ as_integer(dbt.split_part('source_row_key', "'|'", 3)) }}
        end as indicator_ordinal
    from text_column_figures

),

final as (

    select
        {{ dbt.concat([
            'figures_keyed.source_seed', "'|'", 'figures_keyed.source_row_key', "'|'",
            'figures_keyed.source_column', "'|'", as_text('figures_keyed.ordinal')
        ]) }} as text_figure_id,
        figures_keyed.report_id,
        figures_keyed.source_seed,
        figures_keyed.source_row_key,
        figures_keyed.source_column,
        figures_keyed.ordinal as figure_ordinal,
        {%- set table_id = dbt.concat([
            as_text('figures_keyed.report_id'), "'-'", as_text('figures_keyed.evaluation_no')
        ]) %}
        case
            when performance_evaluations.evaluation_level = 'project' then {{ table_id }}
        end as performance_project_id,
        case
            when performance_evaluations.evaluation_level = 'department' then {{ table_id }}
        end as performance_department_id,
        case
            when figures_keyed.indicator_ordinal is not null
                then {{ dbt.concat([
                    as_text('figures_keyed.report_id'), "'-'", as_text('figures_keyed.evaluation_no'), "'-'",
                    as_text('figures_keyed.indicator_ordinal')
                ]) }}
        end as performance_indicator_id,
        figures_keyed.figure_name,
        figures_keyed.figure_value,
        figures_keyed.figure_unit,
        figures_keyed.figure_value_page,
        figures_keyed.figure_value_line,
        figures_keyed.context,
        figures_keyed.context_page,
        figures_keyed.context_line
    from figures_keyed
    left join performance_evaluations
        on
            figures_keyed.report_id = performance_evaluations.report_id
            and figures_keyed.evaluation_no = performance_evaluations.evaluation_no

)

select * from final
