{#
    The total lines of the two total sheets as fct_account_totals names them: 收入支出决算总表
    (table 1) for all funds, 财政拨款收入支出决算总表 (table 4) for 财政拨款 and, by its fund
    columns and fund lines, for 一般公共预算, 政府性基金 and 国有资本经营. A fund table printed
    empty with its note (tables 8 and 9) is the report stating it has none of that fund, as the
    narrative says so in a sentence. Printed labels are matched with like, so that variants
    (使用非财政拨款结余（含专用结余）) match; a fund line on the income side of table 4 is this
    year's income above 本年收入合计 and the carry-over below it.
#}
with

statement_lines as (

    select * from {{ ref('int_statement_lines_classified') }}

),

statement_tables as (

    select * from {{ ref('stg_statement_tables') }}

),

total_lines as (

    {# The total lines of table 1 (all funds) and of the income side of table 4 (财政拨款). #}
    select
        1 as table_no,
        1 as side_no,
        '总计' as printed_item,
        '决算数' as column_name,
        '全部资金' as fund_scope,
        '收入总计' as line_item
    union all
    select
        1 as table_no,
        1 as side_no,
        '本年收入合计' as printed_item,
        '决算数' as column_name,
        '全部资金' as fund_scope,
        '本年收入合计' as line_item
    union all
    select
        1 as table_no,
        1 as side_no,
        '使用非财政拨款结余%' as printed_item,
        '决算数' as column_name,
        '全部资金' as fund_scope,
        '使用非财政拨款结余' as line_item
    union all
    select
        1 as table_no,
        1 as side_no,
        '年初结转和结余' as printed_item,
        '决算数' as column_name,
        '全部资金' as fund_scope,
        '年初结转和结余' as line_item
    union all
    select
        1 as table_no,
        2 as side_no,
        '总计' as printed_item,
        '决算数' as column_name,
        '全部资金' as fund_scope,
        '支出总计' as line_item
    union all
    select
        1 as table_no,
        2 as side_no,
        '本年支出合计' as printed_item,
        '决算数' as column_name,
        '全部资金' as fund_scope,
        '本年支出合计' as line_item
    union all
    select
        1 as table_no,
        2 as side_no,
        '结余分配' as printed_item,
        '决算数' as column_name,
        '全部资金' as fund_scope,
        '结余分配' as line_item
    union all
    select
        1 as table_no,
        2 as side_no,
        '年末结转和结余' as printed_item,
        '决算数' as column_name,
        '全部资金' as fund_scope,
        '年末结转和结余' as line_item
    union all
    select
        4 as table_no,
        1 as side_no,
        '总计' as printed_item,
        '决算数' as column_name,
        '财政拨款' as fund_scope,
        '收入总计' as line_item
    union all
    select
        4 as table_no,
        1 as side_no,
        '本年收入合计' as printed_item,
        '决算数' as column_name,
        '财政拨款' as fund_scope,
        '本年收入' as line_item
    union all
    select
        4 as table_no,
        1 as side_no,
        '年初财政拨款结转和结余' as printed_item,
        '决算数' as column_name,
        '财政拨款' as fund_scope,
        '年初结转和结余' as line_item

),

fund_columns as (

    {# The expenditure side of table 4: one column per fund scope. #}
    select
        '合计' as column_name,
        '财政拨款' as fund_scope
    union all
    select
        '一般公共预算财政拨款' as column_name,
        '一般公共预算' as fund_scope
    union all
    select
        '政府性基金预算财政拨款' as column_name,
        '政府性基金' as fund_scope
    union all
    select
        '国有资本经营预算财政拨款' as column_name,
        '国有资本经营' as fund_scope

),

fund_expenditure_lines as (

    select
        '总计' as printed_item,
        '支出总计' as line_item
    union all
    select
        '本年支出合计' as printed_item,
        '本年支出' as line_item
    union all
    select
        '年末财政拨款结转和结余' as printed_item,
        '年末结转和结余' as line_item

),

fund_income_lines as (

    {# The income side of table 4: one line per fund, for this year's income and again for the carry-over. #}
    select
        '一般公共预算财政拨款' as printed_item,
        '一般公共预算' as fund_scope
    union all
    select
        '政府性基金预算财政拨款' as printed_item,
        '政府性基金' as fund_scope
    union all
    select
        '国有资本经营预算财政拨款' as printed_item,
        '国有资本经营' as fund_scope

),

income_parts as (

    select
        'current_year' as income_part,
        '本年收入' as line_item
    union all
    select
        'carry_over' as income_part,
        '年初结转和结余' as line_item

),

line_map as (

    select
        table_no,
        side_no,
        printed_item,
        column_name,
        cast(null as {{ dbt.type_string() }}) as income_part,
        fund_scope,
        line_item
    from total_lines

    union all

    select
        4 as table_no,
        2 as side_no,
        fund_expenditure_lines.printed_item,
        fund_columns.column_name,
        cast(null as {{ dbt.type_string() }}) as income_part,
        fund_columns.fund_scope,
        fund_expenditure_lines.line_item
    from fund_expenditure_lines
    cross join fund_columns

    union all

    select
        4 as table_no,
        1 as side_no,
        fund_income_lines.printed_item,
        '决算数' as column_name,
        income_parts.income_part,
        fund_income_lines.fund_scope,
        income_parts.line_item
    from fund_income_lines
    cross join income_parts

),

income_totals as (

    select
        report_id,
        table_no,
        row_no as total_row_no
    from statement_lines
    where
        table_no = 4
        and side_no = 1
        and line_item = '本年收入合计'

),

cells as (

    select
        statement_lines.report_id,
        statement_lines.table_no,
        statement_lines.side_no,
        statement_lines.line_item as printed_item,
        statement_lines.column_name,
        statement_lines.amount_wan_yuan,
        statement_lines.source_page,
        statement_lines.source_line,
        case
            when statement_lines.row_no < income_totals.total_row_no then 'current_year'
            when statement_lines.row_no > income_totals.total_row_no then 'carry_over'
        end as income_part
    from statement_lines
    left join income_totals
        on
            statement_lines.report_id = income_totals.report_id
            and statement_lines.table_no = income_totals.table_no
    where statement_lines.table_no in (1, 4)

),

printed_lines as (

    select
        cells.report_id,
        line_map.fund_scope,
        line_map.line_item,
        false as is_stated_none,
        cast(null as {{ dbt.type_string() }}) as statement_text,
        cast(null as {{ dbt.type_int() }}) as statement_text_line,
        cells.amount_wan_yuan,
        cells.source_line as amount_wan_yuan_line,
        cells.source_page
    from cells
    inner join line_map
        on
            cells.table_no = line_map.table_no
            and cells.side_no = line_map.side_no
            and cells.column_name = line_map.column_name
            and cells.printed_item like line_map.printed_item
            and (line_map.income_part is null or cells.income_part = line_map.income_part)

),

stated_none as (

    {# A fund table printed without figures: the report has none of that fund. #}
    select
        report_id,
        case table_no
            when 8 then '政府性基金'
            when 9 then '国有资本经营'
        end as fund_scope,
        '无' as line_item,
        true as is_stated_none,
        note as statement_text,
        note_line as statement_text_line,
        cast(null as decimal(20, 6)) as amount_wan_yuan,
        cast(null as {{ dbt.type_int() }}) as amount_wan_yuan_line,
        coalesce(note_page, printed_title_page) as source_page
    from statement_tables
    where
        table_no in (8, 9)
        and table_status = 'empty'

),

final as (

    select * from printed_lines
    union all
    select * from stated_none

)

select * from final
