{#
    Expenditure by type from 支出决算表 (table 3): the 合计 row's columns 基本支出, 项目支出,
    上缴上级支出, 经营支出 and 对附属单位补助支出 as types, in the template's order (the narrative's
    order too), with its 本年支出合计 column as the section's printed total. The table prints no
    shares.
#}
with

statement_lines as (

    select * from {{ ref('int_statement_lines_classified') }}

),

total_row as (

    {# The 合计 row: the one row of the table without a subject code. #}
    select * from statement_lines
    where
        table_no = 3
        and line_item = '合计'
        and coalesce(subject_code, '') = ''

),

printed_totals as (

    select
        report_id,
        amount_wan_yuan as printed_total_wan_yuan,
        source_page as printed_total_page,
        source_line as printed_total_line
    from total_row
    where column_name = '本年支出合计'

),

final as (

    select
        total_row.report_id,
        case total_row.column_name
            when '基本支出' then 1
            when '项目支出' then 2
            when '上缴上级支出' then 3
            when '经营支出' then 4
            when '对附属单位补助支出' then 5
        end as ordinal,
        total_row.column_name as expenditure_type,
        total_row.amount_wan_yuan,
        total_row.source_line as amount_wan_yuan_line,
        printed_totals.printed_total_wan_yuan,
        {{ line_on_page(
            'printed_totals.printed_total_line', 'printed_totals.printed_total_page', 'total_row.source_page'
        ) }} as printed_total_wan_yuan_line,
        total_row.source_page
    from total_row
    left join printed_totals
        on total_row.report_id = printed_totals.report_id
    where total_row.column_name in ('基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出')

)

select * from final
