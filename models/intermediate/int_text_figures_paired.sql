{#
    Every figure an explanation sentence states about a statement-table line, beside that line:
    one row per (report, sentence figure) whose line the report's tables print. The sentences
    come from the narrative seeds, the table lines from the int_statement_*_mapped models, which
    already name the lines as the narrative does (收入总计, 基本支出, 三公经费合计, a 类/款/项 by its
    names). text_page is null for a text report (its lines count over the whole document). measure says what the sentence states of the line:
      amount      the line's amount (决算数), or its 基本支出 / 项目支出 column (basic, project)
      budget      the line's 预算数
      share       100 × the line / the table's total line (total_value)
      completion  100 × the line's 决算数 / its 预算数 (total_value)
    A sentence figure whose line the tables do not print is not paired (nothing to compare); a
    table line that exists with the compared cell blank is paired with table_value null.
    A 项 a sentence names by its code or by a path the catalogue resolves, in a report that prints
    no 一般公共预算财政拨款支出决算表, is paired by its code with the 合计 of the table that lists
    those 项 in that report's kind and template (coded_item_tables). A budget's totals, income
    sources, 三公 and 机关运行经费, the central template's 财政拨款 基本支出 / 项目支出, and a 类 a
    sentence states per fund scope (expenditure_by_class, by '<fund scope>/<类>') are paired with
    the table lines the seeds name (int_text_table_lines_named: seeds/text_table_lines.csv,
    seeds/text_class_tables.csv), with what their shares are of.
    Both sides are in 万元 (the table's cell normalised from its printed unit); table_decimals is
    the cell's printed precision counted in 万元 (元 to the fen: 6), so a 万元 figure in the text
    against a table in 元 is compared within half the coarser printed unit.
#}

{# The sentence side, one row per stated figure: seed, row key and column (for its printed
    precision), the subject as both sides name it, the measure, the value and its line. #}
{%- set text_figures = [
    {'seed': 'income_expenditure_totals', 'keys': ['line_item'], 'subject': 'line_item',
     'columns': {'amount_wan_yuan': 'amount'}},
    {'seed': 'fiscal_appropriation_totals', 'keys': ['fund_type', 'line_item'],
     'subject': dbt.concat(['fund_type', "'/'", 'line_item']),
     'columns': {'amount_wan_yuan': 'amount', 'share_pct': 'share'}},
    {'seed': 'income_by_source', 'keys': ['line_item'], 'subject': 'line_item',
     'columns': {'amount_wan_yuan': 'amount', 'share_pct': 'share'}},
    {'seed': 'expenditure_by_type', 'keys': ['line_item'], 'subject': 'line_item',
     'columns': {'amount_wan_yuan': 'amount', 'share_pct': 'share'}},
    {'seed': 'expenditure_by_class', 'keys': ['fund_scope', 'class_name'],
     'subject': dbt.concat(['fund_scope', "'/'", 'class_name']),
     'columns': {'amount_wan_yuan': 'amount', 'share_pct': 'share'}},
    {'seed': 'general_budget_expenditure', 'keys': ['line_level', 'ordinal'],
     'subject': "case when line_level = 'total' then '合计' else " ~ dbt.concat([
        'class_name',
        "case when kuan_name is null then '' else " ~ dbt.concat(["'/'", 'kuan_name']) ~ " end",
        "case when item_name is null then '' else " ~ dbt.concat(["'/'", 'item_name']) ~ " end",
     ]) ~ " end",
     'columns': {'amount_wan_yuan': 'amount', 'basic_wan_yuan': 'basic', 'project_wan_yuan': 'project',
                 'share_pct': 'share'}},
    {'seed': 'basic_expenditure_items', 'keys': ['cost_category', 'ordinal'],
     'subject': "case when ordinal = 0 then cost_category else " ~ dbt.concat(['cost_category', "'/'", 'item_name']) ~ " end",
     'columns': {'amount_wan_yuan': 'amount'}},
    {'seed': 'three_public_expenses', 'keys': ['expense_item'], 'subject': 'expense_item',
     'columns': {'amount_wan_yuan': 'amount', 'budget_wan_yuan': 'budget', 'share_pct': 'share',
                 'completion_pct': 'completion'}},
    {'seed': 'operating_costs', 'keys': [], 'subject': "'机关运行经费'", 'columns': {'amount_wan_yuan': 'amount'}},
] %}
{# Tables listing by 项 the spending a 项 sentence states, where a report prints no table 5:
    the central template's 财政拨款支出决算表 (10), a budget's 一般公共预算支出预算表 (105) and the
    central budget's 财政拨款支出预算表 (110). #}
{%- set coded_item_tables = [10, 105, 110] %}
{%- set text_columns = [] %}
{%- for text in text_figures %}
{%- set row_key_parts = ['report_id'] %}
{%- for key in text['keys'] %}{% do row_key_parts.extend(["'|'", as_text(key)]) %}{% endfor %}
{%- for column, measure in text['columns'].items() %}
{%- do text_columns.append({'seed': text['seed'], 'row_key': dbt.concat(row_key_parts),
    'column': column, 'subject': text['subject'], 'measure': measure}) %}
{%- endfor %}
{%- endfor %}

{# The table side, one row per (subject, measure): the cell, its line, and what a rate divides
    by. Each source: the relation, the subject as the sentences name it, a filter, and per
    measure (value, line, divisor, divisor's line). #}
{%- set amount_only = {'amount': ['amount_wan_yuan', 'amount_wan_yuan_line', 'null', 'null']} %}
{%- set table_sources = [
    {'seed': 'income_expenditure_totals', 'relation': 'accounts_mapped', 'subject': 'line_item',
     'filter': "fund_scope = '全部资金' and not coalesce(is_stated_none, false)", 'measures': amount_only},
    {'seed': 'fiscal_appropriation_totals', 'relation': 'accounts_mapped',
     'subject': dbt.concat(['fund_scope', "'/'", 'line_item']),
     'filter': "fund_scope != '全部资金' and not coalesce(is_stated_none, false)", 'measures': amount_only},
    {'seed': 'income_by_source', 'relation': 'revenue_mapped', 'subject': 'income_source', 'measures': {
        'amount': ['amount_wan_yuan', 'amount_wan_yuan_line', 'null', 'null'],
        'share': ['amount_wan_yuan', 'amount_wan_yuan_line', 'printed_total_wan_yuan', 'printed_total_wan_yuan_line']}},
    {'seed': 'expenditure_by_type', 'relation': 'expenditure_mapped', 'subject': 'expenditure_type', 'measures': {
        'amount': ['amount_wan_yuan', 'amount_wan_yuan_line', 'null', 'null'],
        'share': ['amount_wan_yuan', 'amount_wan_yuan_line', 'printed_total_wan_yuan', 'printed_total_wan_yuan_line']}},
    {'seed': 'general_budget_expenditure', 'relation': 'function_lines', 'subject': 'subject', 'measures': {
        'amount': ['amount_wan_yuan', 'amount_wan_yuan_line', 'null', 'null'],
        'basic': ['basic_wan_yuan', 'basic_wan_yuan_line', 'null', 'null'],
        'project': ['project_wan_yuan', 'project_wan_yuan_line', 'null', 'null'],
        'share': ['amount_wan_yuan', 'amount_wan_yuan_line', 'total_wan_yuan', 'total_line']}},
    {'seed': 'basic_expenditure_items', 'relation': 'basic_expenditure_mapped', 'subject': 'cost_category',
     'measures': amount_only},
    {'seed': 'basic_expenditure_items', 'relation': 'economic_lines_mapped',
     'subject': dbt.concat(['cost_category', "'/'", 'item_name']), 'filter': "subject_level = '款'",
     'measures': amount_only},
    {'seed': 'three_public_expenses', 'relation': 'three_public_lines', 'subject': 'expense_item', 'measures': {
        'amount': ['actual_wan_yuan', 'actual_line', 'null', 'null'],
        'budget': ['budget_wan_yuan', 'budget_line', 'null', 'null'],
        'share': ['actual_wan_yuan', 'actual_line', 'total_wan_yuan', 'total_line'],
        'completion': ['actual_wan_yuan', 'actual_line', 'budget_wan_yuan', 'budget_line']}},
] %}
{%- set table_columns = [] %}
{%- for source in table_sources %}
{%- for measure, cells in source['measures'].items() %}
{%- do table_columns.append({'seed': source['seed'], 'relation': source['relation'],
    'subject': source['subject'], 'filter': source.get('filter', '1 = 1'), 'measure': measure, 'cells': cells}) %}
{%- endfor %}
{%- endfor %}

with

income_expenditure_totals as (

    select * from {{ ref('stg_income_expenditure_totals') }}

),

fiscal_appropriation_totals as (

    select * from {{ ref('stg_fiscal_appropriation_totals') }}

),

income_by_source as (

    select * from {{ ref('stg_income_by_source') }}

),

expenditure_by_type as (

    select * from {{ ref('stg_expenditure_by_type') }}

),

expenditure_by_class as (

    select * from {{ ref('stg_expenditure_by_class') }}

),

general_budget_expenditure as (

    select * from {{ ref('stg_general_budget_expenditure') }}

),

basic_expenditure_items as (

    select * from {{ ref('stg_basic_expenditure_items') }}

),

three_public_expenses as (

    select * from {{ ref('stg_three_public_expenses') }}

),

operating_costs as (

    select * from {{ ref('stg_operating_costs') }}

),

named_lines as (

    select * from {{ ref('int_text_table_lines_named') }}

),

accounts_mapped as (

    select * from {{ ref('int_statement_accounts_mapped') }}

),

revenue_mapped as (

    select * from {{ ref('int_statement_revenue_mapped') }}

),

expenditure_mapped as (

    select * from {{ ref('int_statement_expenditure_mapped') }}

),

function_lines_mapped as (

    select * from {{ ref('int_statement_function_lines_mapped') }}

),

basic_expenditure_mapped as (

    select * from {{ ref('int_statement_basic_expenditure_mapped') }}

),

economic_lines_mapped as (

    select * from {{ ref('int_statement_economic_lines_mapped') }}

),

three_public_mapped as (

    select * from {{ ref('int_statement_three_public_mapped') }}

),

expenditure_lines_resolved as (

    select * from {{ ref('int_expenditure_lines_resolved') }}

),

statement_lines as (

    select * from {{ ref('int_statement_lines_classified') }}

),

printed_decimals as (

    select * from {{ ref('int_printed_decimals') }}

),

text_figures as (

    {% for figure in text_columns %}
    select
        '{{ figure.seed }}' as text_seed,
        report_id,
        {{ as_text(figure.row_key) }} as row_key,
        '{{ figure.column }}' as text_column,
        {{ as_text(figure.subject) }} as subject,
        '{{ figure.measure }}' as measure,
        cast({{ figure.column }} as decimal(38, 6)) as text_value,
        {{ figure.column }}_page as text_page,
        {{ figure.column }}_line as text_line
    from {{ figure.seed }}
    where {{ figure.column }} is not null
    union all
    {% endfor %}
    select
        'general_budget_expenditure' as text_seed,
        report_id,
        {{ as_text(dbt.concat(['report_id', "'|'", 'line_level', "'|'", as_text('ordinal')])) }} as row_key,
        'amount_wan_yuan' as text_column,
        subject_code as subject,
        'coded_amount' as measure,
        cast(amount_wan_yuan as decimal(38, 6)) as text_value,
        amount_wan_yuan_page as text_page,
        amount_wan_yuan_line as text_line
    from expenditure_lines_resolved
    where line_level = 'item' and subject_code is not null and amount_wan_yuan is not null

),

general_budget_total_row as (

    {# The 合计 row of 一般公共预算财政拨款支出决算表: the total the 类/款/项 shares are of. #}
    select
        report_id,
        max(case when column_name = '合计' then amount_wan_yuan end) as amount_wan_yuan,
        max(case when column_name = '合计' then source_page end) as amount_page,
        max(case when column_name = '合计' then source_line end) as amount_line,
        max(case when column_name = '基本支出' then amount_wan_yuan end) as basic_wan_yuan,
        max(case when column_name = '基本支出' then source_line end) as basic_line,
        max(case when column_name = '项目支出' then amount_wan_yuan end) as project_wan_yuan,
        max(case when column_name = '项目支出' then source_line end) as project_line
    from statement_lines
    where table_no = 5 and line_item = '合计' and coalesce(subject_code, '') = ''
    group by report_id

),

function_lines as (

    select
        function_lines_mapped.report_id,
        {{ dbt.concat([
            'function_lines_mapped.class_name',
            "case when function_lines_mapped.subject_level in ('款', '项') then "
            ~ dbt.concat(["'/'", 'function_lines_mapped.kuan_name']) ~ " else '' end",
            "case when function_lines_mapped.subject_level = '项' then "
            ~ dbt.concat(["'/'", 'function_lines_mapped.item_name']) ~ " else '' end",
        ]) }} as subject,
        function_lines_mapped.amount_wan_yuan,
        function_lines_mapped.amount_wan_yuan_line,
        function_lines_mapped.basic_wan_yuan,
        function_lines_mapped.basic_wan_yuan_line,
        function_lines_mapped.project_wan_yuan,
        function_lines_mapped.project_wan_yuan_line,
        function_lines_mapped.source_page,
        general_budget_total_row.amount_wan_yuan as total_wan_yuan,
        {{ line_on_page(
            'general_budget_total_row.amount_line', 'general_budget_total_row.amount_page',
            'function_lines_mapped.source_page'
        ) }} as total_line
    from function_lines_mapped
    left join general_budget_total_row
        on function_lines_mapped.report_id = general_budget_total_row.report_id

    union all

    select
        report_id,
        '合计' as subject,
        amount_wan_yuan,
        amount_line as amount_wan_yuan_line,
        basic_wan_yuan,
        basic_line as basic_wan_yuan_line,
        project_wan_yuan,
        project_line as project_wan_yuan_line,
        amount_page as source_page,
        amount_wan_yuan as total_wan_yuan,
        amount_line as total_line
    from general_budget_total_row

),

three_public_lines as (

    {# A blank cell cites the line of its row; shares are of 三公经费合计's 决算数. #}
    select
        three_public_mapped.report_id,
        three_public_mapped.expense_item,
        three_public_mapped.actual_wan_yuan,
        coalesce(three_public_mapped.actual_wan_yuan_line, three_public_mapped.budget_wan_yuan_line) as actual_line,
        three_public_mapped.budget_wan_yuan,
        coalesce(three_public_mapped.budget_wan_yuan_line, three_public_mapped.actual_wan_yuan_line) as budget_line,
        three_public_mapped.source_page,
        three_public_totals.actual_wan_yuan as total_wan_yuan,
        three_public_totals.actual_wan_yuan_line as total_line
    from three_public_mapped
    left join three_public_mapped as three_public_totals
        on
            three_public_mapped.report_id = three_public_totals.report_id
            and three_public_totals.expense_item = '三公经费合计'

),

table_figures as (

    {% for figure in table_columns %}
    select
        '{{ figure.seed }}' as text_seed,
        report_id,
        {{ as_text(figure.subject) }} as subject,
        '{{ figure.measure }}' as measure,
        cast({{ figure.cells[0] }} as decimal(38, 6)) as table_value,
        source_page as table_page,
        cast({{ figure.cells[1] }} as {{ dbt.type_int() }}) as table_line,
        cast({{ figure.cells[2] }} as decimal(38, 6)) as total_value,
        cast({{ figure.cells[3] }} as {{ dbt.type_int() }}) as total_line,
        cast(null as {{ dbt.type_int() }}) as line_decimals
    from {{ figure.relation }}
    where {{ figure.filter }}
    union all
    {% endfor %}
    select
        'general_budget_expenditure' as text_seed,
        report_id,
        subject_code as subject,
        'coded_amount' as measure,
        cast(amount_wan_yuan as decimal(38, 6)) as table_value,
        source_page as table_page,
        source_line as table_line,
        cast(null as decimal(38, 6)) as total_value,
        cast(null as {{ dbt.type_int() }}) as total_line,
        {# A budget table may print 元 to the fen: its cell's precision in 万元 is 4 digits finer. #}
        cast({{ decimals_in_unit('printed_decimals', yuan_exponent('printed_unit'), 4) }} as {{ dbt.type_int() }})
            as line_decimals
    from statement_lines
    where
        table_no in ({{ coded_item_tables | join(', ') }})
        and column_name = '合计'
        and subject_level = '项'
        and not coalesce(is_detail_of_printed_line, false)
    union all
    select
        text_seed,
        report_id,
        subject,
        measure,
        table_value,
        table_page,
        table_line,
        total_value,
        total_line,
        line_decimals
    from named_lines

),

cell_decimals as (

    {# The precision of each printed cell in 万元, by where it is printed and what it prints:
        a table in 元 to the fen is precise to 6 decimals in 万元, one in 万元 to 2 decimals to 2.
        A line holds one table's cells, all in that table's unit. #}
    select
        report_id,
        source_page,
        source_line,
        amount_wan_yuan,
        max({{ decimals_in_unit('printed_decimals', yuan_exponent('printed_unit'), 4) }}) as decimals_in_wan_yuan
    from statement_lines
    where amount_wan_yuan is not null
    group by report_id, source_page, source_line, amount_wan_yuan

),

table_decimals as (

    {# Where a cell is not found by its place: the precision the report's tables print amounts at
        (in 万元), the coarsest if they differ. #}
    select
        report_id,
        min({{ decimals_in_unit('printed_decimals', yuan_exponent('printed_unit'), 4) }}) as table_decimals
    from statement_lines
    where amount_wan_yuan is not null
    group by report_id

),

final as (

    select
        text_figures.report_id,
        text_figures.text_seed,
        text_figures.text_column,
        text_figures.subject,
        text_figures.measure,
        text_figures.text_value,
        printed_decimals.printed_decimals as text_decimals,
        text_figures.text_page,
        text_figures.text_line,
        cast(table_figures.table_value as decimal(38, 6)) as table_value,
        cast(table_figures.total_value as decimal(38, 6)) as total_value,
        coalesce(
            table_figures.line_decimals, cell_decimals.decimals_in_wan_yuan, table_decimals.table_decimals
        ) as table_decimals,
        table_figures.table_page,
        table_figures.table_line,
        table_figures.total_line
    from text_figures
    inner join table_figures
        on
            text_figures.report_id = table_figures.report_id
            and text_figures.text_seed = table_figures.text_seed
            and text_figures.subject = table_figures.subject
            and text_figures.measure = table_figures.measure
    left join printed_decimals
        on
            text_figures.text_seed = printed_decimals.seed_name
            and text_figures.row_key = printed_decimals.row_key
            and text_figures.text_column = printed_decimals.column_name
    left join cell_decimals
        on
            table_figures.report_id = cell_decimals.report_id
            and table_figures.table_page = cell_decimals.source_page
            and table_figures.table_line = cell_decimals.source_line
            and table_figures.table_value = cell_decimals.amount_wan_yuan
    left join table_decimals
        on text_figures.report_id = table_decimals.report_id

)

select * from final
