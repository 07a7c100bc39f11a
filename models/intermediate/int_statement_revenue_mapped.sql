{#
    Income by source from 收入支出决算总表 (table 1): every income line printed on its income side
    above 本年收入合计 (一般公共预算财政拨款收入 … 其他收入), named as printed without its numbering,
    in printed order, with 本年收入合计 as the section's printed total. The table prints no shares.
    A 其中 line (其中：捐赠收入) names the line it is part of (of_which_parent): sums leave it out.
#}
with

statement_lines as (

    select * from {{ ref('int_statement_lines_classified') }}

),

income_side as (

    select * from statement_lines
    where
        table_no = 1
        and side_no = 1
        and column_name = '决算数'

),

income_totals as (

    select
        report_id,
        row_no as total_row_no,
        amount_wan_yuan as printed_total_wan_yuan,
        source_page as printed_total_page,
        source_line as printed_total_line
    from income_side
    where line_item = '本年收入合计'

),

final as (

    select
        income_side.report_id,
        cast(
            row_number() over (partition by income_side.report_id order by income_side.row_no)
            as {{ dbt.type_int() }}
        ) as ordinal,
        income_side.line_item as income_source,
        income_side.is_of_which,
        parent_lines.line_item as of_which_parent,
        income_side.amount_wan_yuan,
        income_side.source_line as amount_wan_yuan_line,
        income_totals.printed_total_wan_yuan,
        {{ line_on_page(
            'income_totals.printed_total_line', 'income_totals.printed_total_page', 'income_side.source_page'
        ) }} as printed_total_wan_yuan_line,
        income_side.source_page
    from income_side
    inner join income_totals
        on
            income_side.report_id = income_totals.report_id
            and income_side.row_no < income_totals.total_row_no
    left join income_side as parent_lines
        on
            income_side.report_id = parent_lines.report_id
            and income_side.of_which_parent_row_no = parent_lines.row_no

)

select * from final
