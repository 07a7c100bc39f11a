{#
    The explanations against the statement tables: every amount, share and completion rate a
    sentence states about a table line (int_text_figures_paired) compared with what the table
    prints, within the printed precision of both. One row per comparison (macros/check_row.sql);
    source_lines names the sentence's place, then the table's (macros/place.sql): '14;p15:9' in a
    text report, 'p21:14;p15:9' in a PDF.
      text_table_amount      an amount (决算数, 基本支出, 项目支出; a 项 named by its code) or a
                             budget restates the table's cell: equal at the same printed
                             precision, else within both roundings
      text_table_share       a share = 100 × the line / the table's total line
      text_table_completion  a completion rate = 100 × 决算数 / 预算数 of the table's line
      text_figure_not_in_table  a figure stated where the table prints the line but leaves that
                             cell blank (e.g. a budget): it must be zero
#}
with

paired_figures as (

    select * from {{ ref('int_text_figures_paired') }}

),

placed as (

    select
        report_id,
        text_seed,
        subject,
        measure,
        text_value,
        text_decimals,
        {{ place('text_page', 'text_line') }} as text_place,
        table_value,
        total_value,
        table_decimals,
        {{ place('table_page', 'table_line') }} as table_place,
        {{ place('table_page', 'total_line') }} as total_place,
        {# Two sections may state the same figure (基本支出 in 支出决算 and in 基本支出决算): each
            is compared, the subject naming its seed. #}
        case
            when count(*) over (partition by report_id, subject, measure) > 1
                then {{ dbt.concat(['subject', "' / '", 'measure', "' ('", 'text_seed', "')'"]) }}
            else {{ dbt.concat(['subject', "' / '", 'measure']) }}
        end as comparison_subject
    from paired_figures

),

restated_amounts as (

    select
        {{ check_row(
            'text_table_amount',
            'comparison_subject',
            'text_value',
            'table_value',
            restatement_tolerance('text_decimals', 'table_decimals'),
            ['text_place', 'table_place']
        ) }}
    from placed
    where measure in ('amount', 'coded_amount', 'basic', 'project', 'budget') and table_value is not null

),

rates as (

    select
        {{ check_row(
            "case when measure = 'share' then 'text_table_share' else 'text_table_completion' end",
            'comparison_subject',
            'text_value',
            'case when total_value <> 0 then 100 * table_value / total_value end',
            "case when total_value <> 0 then "
            ~ rate_tolerance('text_decimals', 'table_value', 'total_value', 'table_decimals')
            ~ " else " ~ half_unit('text_decimals') ~ " end",
            ['text_place', 'table_place', 'total_place'],
            missing='(table_value is null or total_value is null or total_value = 0)',
            as_columns=true,
            comparison="'equal'"
        ) }}
    from placed
    where measure in ('share', 'completion')

),

stated_where_blank as (

    {# A blank cell is no figure: the sentence may state zero there, nothing else. #}
    select
        {{ check_row(
            'text_figure_not_in_table',
            dbt.concat(['comparison_subject', "' / 表中该栏为空'"]),
            'text_value',
            '0',
            '0',
            ['text_place', 'table_place']
        ) }}
    from placed
    where measure in ('amount', 'coded_amount', 'basic', 'project', 'budget') and table_value is null

),

final as (

    select * from restated_amounts
    union all
    select * from rates
    union all
    select * from stated_where_blank

)

select * from final
