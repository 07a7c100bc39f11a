{#
    The statement-table lines the seeds name for the explanations' figures, as the sentences name
    them, one row per (report, subject, measure), in the columns of int_text_figures_paired's table
    side: the cell, its page and line, what a share of it is of (total_value, total_line: the
    total's line where it is printed on the same page) and the cell's precision in 万元.
      - the lines seeds/text_table_lines.csv names (a budget's totals, income sources, 三公 and
        机关运行经费; the central template's 财政拨款 基本支出 / 项目支出): their amounts; an income
        share of the line the sentences' own total (income_by_source, ordinal 0) names, a fund's
        基本支出 or 项目支出 share of the fund's 支出总计 line;
      - the 类 lines of the table seeds/text_class_tables.csv names for a fund scope (subject
        '<fund scope>/<类 name>'): their amounts, and shares of the total line named there.
#}
with

text_table_lines as (

    select * from {{ ref('stg_text_table_lines') }}

),

text_class_tables as (

    select * from {{ ref('stg_text_class_tables') }}

),

income_by_source as (

    select * from {{ ref('stg_income_by_source') }}

),

statement_lines as (

    select * from {{ ref('int_statement_lines_classified') }}

),

named_table_lines as (

    {# A table's line that seeds/text_table_lines.csv names, as the sentences name it. #}
    select
        statement_lines.report_id,
        text_table_lines.text_seed,
        text_table_lines.subject,
        statement_lines.amount_wan_yuan,
        statement_lines.source_page,
        statement_lines.source_line,
        {{ decimals_in_unit('statement_lines.printed_decimals', yuan_exponent('statement_lines.printed_unit'), 4) }}
            as line_decimals
    from statement_lines
    inner join text_table_lines
        on
            statement_lines.table_no = text_table_lines.table_no
            and statement_lines.line_item = text_table_lines.line_item
            and statement_lines.column_name = text_table_lines.column_name
    where statement_lines.subject_code is null

),

named_income_totals as (

    {# The table line the sentences' own income total (income_by_source, ordinal 0) names. #}
    select
        named_table_lines.report_id,
        named_table_lines.amount_wan_yuan,
        named_table_lines.source_page,
        named_table_lines.source_line
    from income_by_source
    inner join named_table_lines
        on
            income_by_source.report_id = named_table_lines.report_id
            and income_by_source.line_item = named_table_lines.subject
            and named_table_lines.text_seed = 'income_by_source'
    where income_by_source.ordinal = 0

),

fund_spending_totals as (

    {# A fund's 支出总计 line: what the shares of its 基本支出 and 项目支出 are of. #}
    select
        report_id,
        subject,
        amount_wan_yuan,
        source_page,
        source_line
    from named_table_lines
    where text_seed = 'fiscal_appropriation_totals' and subject like '%/支出总计'

),

class_lines as (

    {# A 类 line of the table text_class_tables names for a fund scope, beside the total its share is of. #}
    select
        class_line.report_id,
        {{ dbt.concat(['text_class_tables.fund_scope', "'/'", 'class_line.line_item']) }} as subject,
        class_line.amount_wan_yuan,
        class_line.source_page,
        class_line.source_line,
        total_line.amount_wan_yuan as total_wan_yuan,
        {{ line_on_page('total_line.source_line', 'total_line.source_page', 'class_line.source_page') }}
            as total_line,
        {{ decimals_in_unit('class_line.printed_decimals', yuan_exponent('class_line.printed_unit'), 4) }}
            as line_decimals
    from statement_lines as class_line
    inner join text_class_tables
        on
            class_line.table_no = text_class_tables.table_no
            and class_line.column_name = text_class_tables.column_name
    left join statement_lines as total_line
        on
            class_line.report_id = total_line.report_id
            and text_class_tables.total_table_no = total_line.table_no
            and text_class_tables.total_line_item = total_line.line_item
            and text_class_tables.total_column_name = total_line.column_name
            and total_line.subject_code is null
    where class_line.subject_level = '类' and not coalesce(class_line.is_detail_of_printed_line, false)

),

named_lines as (

    select
        text_seed,
        report_id,
        subject,
        'amount' as measure,
        cast(amount_wan_yuan as decimal(38, 6)) as table_value,
        source_page as table_page,
        source_line as table_line,
        cast(null as decimal(38, 6)) as total_value,
        cast(null as {{ dbt.type_int() }}) as total_line,
        cast(line_decimals as {{ dbt.type_int() }}) as line_decimals
    from named_table_lines
    union all
    select
        named_table_lines.text_seed,
        named_table_lines.report_id,
        named_table_lines.subject,
        'share' as measure,
        cast(named_table_lines.amount_wan_yuan as decimal(38, 6)) as table_value,
        named_table_lines.source_page as table_page,
        named_table_lines.source_line as table_line,
        cast(named_income_totals.amount_wan_yuan as decimal(38, 6)) as total_value,
        cast(named_income_totals.source_line as {{ dbt.type_int() }}) as total_line,
        cast(named_table_lines.line_decimals as {{ dbt.type_int() }}) as line_decimals
    from named_table_lines
    inner join named_income_totals
        on
            named_table_lines.report_id = named_income_totals.report_id
            and named_table_lines.source_page = named_income_totals.source_page
    where named_table_lines.text_seed = 'income_by_source'
    union all
    select
        named_table_lines.text_seed,
        named_table_lines.report_id,
        named_table_lines.subject,
        'share' as measure,
        cast(named_table_lines.amount_wan_yuan as decimal(38, 6)) as table_value,
        named_table_lines.source_page as table_page,
        named_table_lines.source_line as table_line,
        cast(fund_spending_totals.amount_wan_yuan as decimal(38, 6)) as total_value,
        cast({{ line_on_page(
            'fund_spending_totals.source_line', 'fund_spending_totals.source_page', 'named_table_lines.source_page'
        ) }} as {{ dbt.type_int() }}) as total_line,
        cast(named_table_lines.line_decimals as {{ dbt.type_int() }}) as line_decimals
    from named_table_lines
    inner join fund_spending_totals
        on
            named_table_lines.report_id = fund_spending_totals.report_id
            and {{ dbt.concat([dbt.split_part('named_table_lines.subject', "'/'", 1), "'/支出总计'"]) }}
            = fund_spending_totals.subject
    where
        named_table_lines.text_seed = 'fiscal_appropriation_totals'
        and named_table_lines.subject not like '%/支出总计'
    {%- for measure in ['amount', 'share'] %}
    union all
    select
        'expenditure_by_class' as text_seed,
        report_id,
        subject,
        '{{ measure }}' as measure,
        cast(amount_wan_yuan as decimal(38, 6)) as table_value,
        source_page as table_page,
        source_line as table_line,
        cast({{ 'total_wan_yuan' if measure == 'share' else 'null' }} as decimal(38, 6)) as total_value,
        cast({{ 'total_line' if measure == 'share' else 'null' }} as {{ dbt.type_int() }}) as total_line,
        cast(line_decimals as {{ dbt.type_int() }}) as line_decimals
    from class_lines
    {%- endfor %}

),

final as (

    select * from named_lines

)

select * from final
