-- The hand-written floor of the scale benchmark: the main marts and checks of the dbt build in
-- plain DuckDB SQL, read from the same data folder (SET VARIABLE data_dir = '<folder>').
-- fiscal_warehouse/scale/floor.py runs it stage by stage and times each stage.

-- stage: setup
-- The rounding tolerances of macros/tolerance.sql and the printed precision of a number.
create or replace temp macro half_unit(d) as cast(0.5 / power(10, coalesce(d, 2)) as decimal(18, 6));
create or replace temp macro sum_tolerance(n, d) as cast((n + 1) * half_unit(d) as decimal(18, 6));
-- Divided twice: the square of a large amount overflows a decimal.
create or replace temp macro rate_tolerance(rate_d, num, den, amount_d) as cast(
    half_unit(rate_d) + 100 * half_unit(amount_d) / abs(den)
    + 100 * abs(num) * half_unit(amount_d) / abs(den) / abs(den) as decimal(18, 6));
create or replace temp macro restatement_tolerance(a, b) as
    case when coalesce(a, 2) = coalesce(b, 2) then cast(0 as decimal(18, 6)) else half_unit(a) + half_unit(b) end;
-- An amount in 万元 in the unit 10^e yuan (macros/amount_units.sql).
create or replace temp macro in_unit(amount_wan_yuan, e) as
    cast(amount_wan_yuan * cast(power(10, 4 - e) as decimal(18, 8)) as decimal(24, 6));
create or replace temp macro decimals(t) as
    case when position('.' in t) > 0 then length(t) - position('.' in t) when t is not null then 0 end;
create or replace temp macro check_status(missing, comparison, published, computed, tolerance) as case
    when missing then 'missing'
    when comparison = 'at_most' and published <= computed + tolerance then 'consistent'
    when comparison = 'at_most' then 'discrepancy'
    when published = computed then 'consistent'
    when abs(published - computed) <= tolerance then 'rounding'
    else 'discrepancy'
end;
-- A seed CSV as macros/seed_relation.sql's read_csv_as_text reads it: every column as text.
create or replace temp macro seed_csv(name) as table
    from read_csv(getvariable('data_dir') || '/seeds/' || name || '.csv', header = true, all_varchar = true);
-- One row per transcribed cell of a seed (value columns X, X_page, X_line; nulls left out), its row
-- keyed by its key columns joined by '|' in the seed's column order.
create or replace temp macro transcribed_cells(seed, keys, value_columns) as table
    unpivot (
        select seed as seed_name, report_id, concat_ws('|', *columns('^(' || keys || ')$')) as row_key,
            columns('^(' || value_columns || ')(_page|_line)?$')
        from query_table('raw.' || seed)
    ) on columns(* exclude (seed_name, report_id, row_key)) into name cell value cell_text;
create schema raw;

-- stage: load seeds
create table raw.admin_divisions as from seed_csv('admin_divisions');
create table raw.basic_expenditure_items as from seed_csv('basic_expenditure_items');
create table raw.check_registry as from seed_csv('check_registry');
create table raw.document_sections as from seed_csv('document_sections');
create table raw.economic_subject_aliases as from seed_csv('economic_subject_aliases');
create table raw.economic_subjects as from seed_csv('economic_subjects');
create table raw.expenditure_by_class as from seed_csv('expenditure_by_class');
create table raw.expenditure_by_type as from seed_csv('expenditure_by_type');
create table raw.fiscal_appropriation_totals as from seed_csv('fiscal_appropriation_totals');
create table raw.function_subject_aliases as from seed_csv('function_subject_aliases');
create table raw.function_subjects as from seed_csv('function_subjects');
create table raw.general_budget_economic_classes as from seed_csv('general_budget_economic_classes');
create table raw.general_budget_expenditure as from seed_csv('general_budget_expenditure');
create table raw.income_by_source as from seed_csv('income_by_source');
create table raw.income_expenditure_totals as from seed_csv('income_expenditure_totals');
create table raw.known_discrepancies as from seed_csv('known_discrepancies');
create table raw.operating_costs as from seed_csv('operating_costs');
create table raw.performance_evaluations as from seed_csv('performance_evaluations');
create table raw.performance_funds as from seed_csv('performance_funds');
create table raw.performance_goals as from seed_csv('performance_goals');
create table raw.performance_indicators as from seed_csv('performance_indicators');
create table raw.performance_project_outputs as from seed_csv('performance_project_outputs');
create table raw.performance_project_paragraphs as from seed_csv('performance_project_paragraphs');
create table raw.performance_report_figures as from seed_csv('performance_report_figures');
create table raw.performance_summary as from seed_csv('performance_summary');
create table raw.procurement as from seed_csv('procurement');
create table raw.reports as from seed_csv('reports');
create table raw.restated_figures as from seed_csv('restated_figures');
create table raw.state_assets as from seed_csv('state_assets');
create table raw.statement_identities as from seed_csv('statement_identities');
create table raw.statement_lines as from seed_csv('statement_lines');
create table raw.statement_mart_tables as from seed_csv('statement_mart_tables');
create table raw.statement_row_identities as from seed_csv('statement_row_identities');
create table raw.statement_tables as from seed_csv('statement_tables');
create table raw.text_column_figures as from seed_csv('text_column_figures');
create table raw.three_public_expenses as from seed_csv('three_public_expenses');
create table raw.three_public_expenses_activity as from seed_csv('three_public_expenses_activity');
create table raw.unit_organisations as from seed_csv('unit_organisations');
create table raw.unit_overview_figures as from seed_csv('unit_overview_figures');

-- stage: load documents
-- A text document's lines count from 1 (page_number null); a PDF's rendering is cited by page
-- (pages split on form feeds) and line on that page. The final newline starts no line.
create table document_lines as
with texts as (
    select parse_filename(filename) as source_document, null::integer as page_number,
        string_split(regexp_replace(content, '\n$', ''), chr(10)) as lines
    from read_text(getvariable('data_dir') || '/documents/*.txt')
),
renderings as (
    select regexp_replace(parse_filename(filename), '\.txt$', '') as source_document,
        string_split(regexp_replace(content, '\n$', ''), chr(12)) as pages
    from read_text(getvariable('data_dir') || '/documents/rendered/*.txt')
),
pages as (
    select source_document, generate_subscripts(pages, 1) as page_number, unnest(pages) as page_text
    from renderings
),
documents as (
    select * from texts
    union all
    select source_document, page_number, string_split(page_text, chr(10)) from pages
),
lines as (
    select source_document, page_number, generate_subscripts(lines, 1) as line_number, unnest(lines) as line_text
    from documents
)
select reports.report_id, lines.page_number, lines.line_number, lines.line_text
from lines
inner join raw.reports as reports on lines.source_document = reports.source_document;

-- stage: marts
create table dim_report as
select
    report_id, cast(fiscal_year as integer) as fiscal_year, unit_name, scope,
    case scope when 'department_with_subordinates' then '部门（含下属单位）' when 'single_unit' then '单位'
        when 'department' then '部门' end as scope_label,
    province_code, province_name, prefecture_code, prefecture_name, county_code, county_name,
    coalesce(county_code, prefecture_code, province_code) as region_code,
    coalesce(county_name, prefecture_name, province_name) as region_name,
    template as disclosure_template, source_document,
    case when lower(source_document) like '%.pdf' then 'pdf' else 'text' end as document_format,
    source_sha256, cast(unit_name_page as integer) as unit_name_page, cast(unit_name_line as integer) as unit_name_line
from raw.reports;

-- Every statement cell in 万元 (a table printed in 元 divided by 10,000, in decimals).
create table fct_statement_line as
select
    concat_ws('|', l.report_id, l.table_no, l.row_no, l.side_no, l.column_name) as statement_line_id,
    l.report_id, cast(l.table_no as integer) as table_no, t.table_name, t.code_system,
    cast(l.row_no as integer) as row_no, cast(l.side_no as integer) as side_no, l.row_label, l.line_item,
    nullif(l.subject_code, '') as subject_code,
    case length(l.subject_code) when 3 then '类' when 5 then '款' when 7 then '项' end as subject_level,
    l.column_name,
    cast(cast(l.value as decimal(18, 4)) * case l.printed_unit when '元' then 0.0001 else 1 end as decimal(20, 6))
        as amount_wan_yuan,
    decimals(l.value) as printed_decimals, l.printed_text as printed_value, l.printed_unit,
    cast(l.value_page as integer) as source_page, cast(l.value_line as integer) as source_line,
    cast(l.row_label_page as integer) as row_label_page, cast(l.row_label_line as integer) as row_label_line
from raw.statement_lines as l
inner join raw.statement_tables as t on l.report_id = t.report_id and l.table_no = t.table_no;

-- Each report's rows of a subject mart come from its statement tables when one is found, else
-- from its narrative seeds: never both. The subject marts are the final accounts' (not a budget's).
create table mart_sources as
select r.report_id, m.mart_name,
    case when count(t.report_id) > 0 then 'statement_table' else 'narrative' end as source_kind
from raw.reports as r
cross join raw.statement_mart_tables as m
left join raw.statement_tables as t
    on r.report_id = t.report_id and cast(m.table_no as integer) = cast(t.table_no as integer)
    and t.table_status = 'found'
where r.document_kind = 'final_accounts'
group by r.report_id, m.mart_name;

create table function_subject_names as
select code as subject_code, level as subject_level, parent_code, name as known_name, true as is_official_name
from raw.function_subjects
union all
select s.code, s.level, s.parent_code, a.alias_name, false
from raw.function_subject_aliases as a inner join raw.function_subjects as s on a.code = s.code;

-- 类/款/项 lines of the narrative, resolved by their full path (a 项 name alone is ambiguous).
create table general_budget_lines as
select
    g.report_id, g.line_level, cast(g.ordinal as integer) as ordinal,
    case g.line_level when 'class' then '类' when 'kuan' then '款' when 'item' then '项' end as subject_level,
    case g.line_level when 'class' then c.subject_code when 'kuan' then k.subject_code
        when 'item' then i.subject_code end as subject_code,
    c.subject_code as class_code, k.subject_code as kuan_code,
    g.class_name, g.kuan_name, g.item_name,
    cast(g.amount_wan_yuan as decimal(18, 4)) as amount_wan_yuan, decimals(g.amount_wan_yuan) as amount_decimals,
    cast(g.amount_wan_yuan_line as integer) as amount_wan_yuan_line,
    cast(g.yoy_change_wan_yuan as decimal(18, 4)) as yoy_change_wan_yuan,
    cast(g.yoy_growth_pct as decimal(18, 4)) as yoy_growth_pct,
    cast(g.budget_wan_yuan as decimal(18, 4)) as budget_wan_yuan,
    cast(g.completion_pct as decimal(18, 4)) as completion_pct,
    cast(g.budget_variance_pct as decimal(18, 4)) as budget_variance_pct,
    g.reason, g.budget_reason
from raw.general_budget_expenditure as g
left join function_subject_names as c on c.subject_level = '类' and g.class_name = c.known_name
left join function_subject_names as k
    on k.subject_level = '款' and g.line_level in ('kuan', 'item') and c.subject_code = k.parent_code
    and g.kuan_name = k.known_name
left join function_subject_names as i
    on i.subject_level = '项' and g.line_level = 'item' and k.subject_code = i.parent_code
    and g.item_name = i.known_name
where g.line_level in ('class', 'kuan', 'item');

-- Income by source and expenditure by type: the narrative's parts with its printed total on every
-- row, or the income side of 收入支出决算总表 (table 1) and the 合计 row of 支出决算表 (table 3).
create table fct_revenue as
with narrative as (
    select report_id, line_item, cast(ordinal as integer) as ordinal,
        cast(amount_wan_yuan as decimal(18, 4)) as amount, cast(amount_wan_yuan_line as integer) as amount_line,
        cast(share_pct as decimal(18, 4)) as share_pct, cast(share_pct_line as integer) as share_pct_line
    from raw.income_by_source
),
income_side as (
    select * from fct_statement_line where table_no = 1 and side_no = 1 and column_name = '决算数'
),
statement_totals as (
    select * from income_side where line_item = '本年收入合计'
)
select p.report_id || '|' || p.line_item as revenue_line_id, p.report_id, p.ordinal, p.line_item as income_source,
    cast(p.amount as decimal(20, 6)) as amount_wan_yuan, p.share_pct,
    cast(t.amount as decimal(20, 6)) as printed_total_wan_yuan,
    p.amount_line as amount_wan_yuan_line, p.share_pct_line, t.amount_line as printed_total_wan_yuan_line,
    'narrative' as source_kind, null::integer as source_page
from narrative as p
inner join mart_sources as s
    on p.report_id = s.report_id and s.mart_name = 'fct_revenue' and s.source_kind = 'narrative'
left join narrative as t on p.report_id = t.report_id and t.ordinal = 0
where p.ordinal > 0
union all
select p.report_id || '|' || p.line_item, p.report_id,
    cast(row_number() over (partition by p.report_id order by p.row_no) as integer), p.line_item,
    p.amount_wan_yuan, null, t.amount_wan_yuan, p.source_line, null,
    case when t.source_page = p.source_page then t.source_line end, 'statement_table', p.source_page
from income_side as p
inner join statement_totals as t on p.report_id = t.report_id and p.row_no < t.row_no
inner join mart_sources as s
    on p.report_id = s.report_id and s.mart_name = 'fct_revenue' and s.source_kind = 'statement_table';

create table fct_expenditure as
with narrative as (
    select report_id, line_item, cast(ordinal as integer) as ordinal,
        cast(amount_wan_yuan as decimal(18, 4)) as amount, cast(amount_wan_yuan_line as integer) as amount_line,
        cast(share_pct as decimal(18, 4)) as share_pct, cast(share_pct_line as integer) as share_pct_line
    from raw.expenditure_by_type
),
total_row as (
    select * from fct_statement_line where table_no = 3 and line_item = '合计' and subject_code is null
)
select p.report_id || '|' || p.line_item as expenditure_line_id, p.report_id, p.ordinal,
    p.line_item as expenditure_type, cast(p.amount as decimal(20, 6)) as amount_wan_yuan, p.share_pct,
    cast(t.amount as decimal(20, 6)) as printed_total_wan_yuan, p.amount_line as amount_wan_yuan_line,
    p.share_pct_line, t.amount_line as printed_total_wan_yuan_line, 'narrative' as source_kind,
    null::integer as source_page
from narrative as p
inner join mart_sources as s
    on p.report_id = s.report_id and s.mart_name = 'fct_expenditure' and s.source_kind = 'narrative'
left join narrative as t on p.report_id = t.report_id and t.ordinal = 0
where p.ordinal > 0
union all
select p.report_id || '|' || p.column_name, p.report_id,
    case p.column_name when '基本支出' then 1 when '项目支出' then 2 when '上缴上级支出' then 3
        when '经营支出' then 4 when '对附属单位补助支出' then 5 end,
    p.column_name, p.amount_wan_yuan, null, t.amount_wan_yuan, p.source_line, null,
    case when t.source_page = p.source_page then t.source_line end, 'statement_table', p.source_page
from total_row as p
left join total_row as t on p.report_id = t.report_id and t.column_name = '本年支出合计'
inner join mart_sources as s
    on p.report_id = s.report_id and s.mart_name = 'fct_expenditure' and s.source_kind = 'statement_table'
where p.column_name in ('基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出');

-- The finest 类/款/项 line each report prints: a 项, or a 款 with no 项 under it.
create table fct_expenditure_by_function as
with statement_rows as (
    select report_id, row_no, subject_code, subject_level, line_item,
        max(amount_wan_yuan) filter (where column_name = '合计') as amount_wan_yuan,
        max(source_page) filter (where column_name = '合计') as source_page,
        max(source_line) filter (where column_name = '合计') as source_line
    from fct_statement_line
    where table_no = 5 and subject_level in ('类', '款', '项')
    group by all
),
statement_lines as (
    select *, row_number() over (partition by report_id, subject_level order by row_no) as line_ordinal
    from statement_rows
)
select n.report_id, n.subject_level as line_level, n.ordinal as line_ordinal, n.subject_code,
    n.class_name, n.kuan_name, n.item_name, cast(n.amount_wan_yuan as decimal(20, 6)) as amount_wan_yuan,
    n.amount_wan_yuan_line, n.yoy_change_wan_yuan, n.yoy_growth_pct,
    cast(n.amount_wan_yuan - n.yoy_change_wan_yuan as decimal(18, 4)) as prior_year_amount_wan_yuan,
    n.budget_wan_yuan, n.completion_pct, n.budget_variance_pct, n.reason, n.budget_reason,
    'narrative' as source_kind, null::integer as source_page
from general_budget_lines as n
inner join mart_sources as s
    on n.report_id = s.report_id and s.mart_name = 'fct_expenditure_by_function' and s.source_kind = 'narrative'
where n.line_level = 'item' or (n.line_level = 'kuan' and not exists (
    select 1 from general_budget_lines as i
    where i.report_id = n.report_id and i.line_level = 'item' and i.kuan_code = n.subject_code
))
union all
select l.report_id, l.subject_level, cast(l.line_ordinal as integer), l.subject_code, c.line_item, k.line_item,
    case when l.subject_level = '项' then l.line_item end, l.amount_wan_yuan, l.source_line,
    null, null, null, null, null, null, null, null, 'statement_table', l.source_page
from statement_lines as l
inner join mart_sources as s
    on l.report_id = s.report_id and s.mart_name = 'fct_expenditure_by_function' and s.source_kind = 'statement_table'
left join statement_lines as c
    on l.report_id = c.report_id and c.subject_level = '类' and c.subject_code = substring(l.subject_code, 1, 3)
left join statement_lines as k
    on l.report_id = k.report_id and k.subject_level = '款' and l.subject_level in ('款', '项')
    and k.subject_code = substring(l.subject_code, 1, 5)
where l.amount_wan_yuan is not null and (l.subject_level = '项' or (l.subject_level = '款' and not exists (
    select 1 from statement_lines as i
    where i.report_id = l.report_id and i.subject_level = '项' and substring(i.subject_code, 1, 5) = l.subject_code
)));

create table fct_three_public_expenses as
with statement_items as (
    select report_id, case line_item when '合计' then '三公经费合计' else line_item end as expense_item,
        max(amount_wan_yuan) filter (where column_name = '决算数') as actual,
        max(source_page) filter (where column_name = '决算数') as actual_page,
        max(source_line) filter (where column_name = '决算数') as actual_line,
        max(amount_wan_yuan) filter (where column_name = '预算数') as budget,
        max(source_page) filter (where column_name = '预算数') as budget_page,
        max(source_line) filter (where column_name = '预算数') as budget_line
    from fct_statement_line
    where table_no = 7 and line_item in (
        '合计', '因公出国（境）费', '公务用车购置及运行费', '公务用车购置费', '公务用车运行费', '公务接待费')
    group by all
),
unioned as (
    select e.report_id, e.expense_item, cast(e.amount_wan_yuan as decimal(18, 4)) as actual,
        cast(e.budget_wan_yuan as decimal(18, 4)) as budget, cast(e.share_pct as decimal(18, 4)) as share_pct,
        cast(e.yoy_change_wan_yuan as decimal(18, 4)) as yoy_change_wan_yuan,
        cast(e.yoy_growth_pct as decimal(18, 4)) as yoy_growth_pct,
        cast(e.completion_pct as decimal(18, 4)) as completion_pct, e.reason, e.budget_reason, e.spending_content,
        cast(e.amount_wan_yuan_line as integer) as actual_line, cast(e.budget_wan_yuan_line as integer) as budget_line,
        'narrative' as source_kind, null::integer as source_page
    from raw.three_public_expenses as e
    inner join mart_sources as s
        on e.report_id = s.report_id and s.mart_name = 'fct_three_public_expenses' and s.source_kind = 'narrative'
    union all
    select i.report_id, i.expense_item, i.actual, i.budget, null, null, null, null, null, null, null,
        case when i.actual_page = coalesce(i.actual_page, i.budget_page) then i.actual_line end,
        case when i.budget_page = coalesce(i.actual_page, i.budget_page) then i.budget_line end,
        'statement_table', coalesce(i.actual_page, i.budget_page)
    from statement_items as i
    inner join mart_sources as s
        on i.report_id = s.report_id and s.mart_name = 'fct_three_public_expenses'
        and s.source_kind = 'statement_table'
)
select report_id || '|' || expense_item as three_public_expense_id, report_id, expense_item,
    case when expense_item = '三公经费合计' then 0
        when expense_item in ('因公出国（境）费', '公务用车购置及运行费', '公务接待费') then 1 else 2 end as item_level,
    case when expense_item in ('因公出国（境）费', '公务用车购置及运行费', '公务接待费') then '三公经费合计'
        when expense_item in ('公务用车购置费', '公务用车运行费') then '公务用车购置及运行费'
        when expense_item in ('外宾接待费', '国内公务接待费') then '公务接待费' end as parent_item,
    cast(actual as decimal(20, 6)) as actual_wan_yuan, share_pct, yoy_change_wan_yuan, yoy_growth_pct,
    cast(budget as decimal(20, 6)) as budget_wan_yuan, completion_pct, reason, budget_reason, spending_content,
    actual_line as actual_wan_yuan_line, budget_line as budget_wan_yuan_line, source_kind, source_page
from unioned;

-- stage: transcribed values
-- Every transcribed value (a column X with a sibling X_line, and X_page in a PDF's seeds), one row
-- each with its seed, row key (the key columns joined by '|'), printed text and cited place.
create table transcribed_values as
with cells as (
    from transcribed_cells('reports', 'report_id', 'unit_name')
    union all by name from transcribed_cells('statement_tables', 'report_id|table_no',
        'printed_title|printed_unit|note')
    union all by name from transcribed_cells('statement_lines', 'report_id|table_no|row_no|side_no|column_name',
        'row_label|value')
    union all by name from transcribed_cells('unit_overview_figures', 'report_id|figure_name', 'value')
    union all by name from transcribed_cells('unit_organisations', 'report_id|organisation_kind|ordinal',
        'organisation_name')
    union all by name from transcribed_cells('income_expenditure_totals', 'report_id|line_item',
        'amount_wan_yuan|yoy_change_wan_yuan|yoy_growth_pct|reason')
    union all by name from transcribed_cells('income_by_source', 'report_id|line_item',
        'amount_wan_yuan|share_pct|yoy_change_wan_yuan')
    union all by name from transcribed_cells('expenditure_by_class', 'report_id|fund_scope|class_name',
        'class_name|amount_wan_yuan|share_pct|yoy_change_wan_yuan')
    union all by name from transcribed_cells('expenditure_by_type', 'report_id|line_item', 'amount_wan_yuan|share_pct')
    union all by name from transcribed_cells('fiscal_appropriation_totals', 'report_id|fund_type|line_item',
        'statement_text|amount_wan_yuan|share_pct|yoy_change_wan_yuan|yoy_growth_pct|reason|budget_wan_yuan'
        || '|budget_variance_pct|budget_reason')
    union all by name from transcribed_cells('general_budget_expenditure', 'report_id|line_level|ordinal',
        'class_name|kuan_name|item_name|printed_code|amount_wan_yuan|share_pct|basic_wan_yuan|project_wan_yuan'
        || '|yoy_change_wan_yuan'
        || '|yoy_growth_pct|reason|budget_wan_yuan|budget_excluded_fund_projects_wan_yuan|budget_variance_pct'
        || '|completion_pct|budget_reason')
    union all by name from transcribed_cells('general_budget_economic_classes', 'report_id|ordinal',
        'economic_class_name|amount_wan_yuan|share_pct')
    union all by name from transcribed_cells('basic_expenditure_items', 'report_id|cost_category|ordinal',
        'item_name|amount_wan_yuan')
    union all by name from transcribed_cells('three_public_expenses', 'report_id|expense_item',
        'amount_wan_yuan|share_pct|yoy_change_wan_yuan|yoy_growth_pct|reason|budget_wan_yuan|budget_change_wan_yuan'
        || '|budget_variance_pct|completion_pct|budget_reason|spending_content')
    union all by name from transcribed_cells('three_public_expenses_activity', 'report_id|expense_item|measure',
        'value')
    union all by name from transcribed_cells('operating_costs', 'report_id',
        'amount_wan_yuan|yoy_change_wan_yuan|yoy_growth_pct|budget_change_wan_yuan|budget_variance_pct|reason')
    union all by name from transcribed_cells('procurement', 'report_id|line_item', 'amount_wan_yuan|share_pct')
    union all by name from transcribed_cells('state_assets', 'report_id|asset_item', 'quantity|value_wan_yuan|note')
    union all by name from transcribed_cells('performance_summary', 'report_id|figure_name', 'value')
    union all by name from transcribed_cells('performance_project_paragraphs', 'report_id|ordinal',
        'project_name|budget_wan_yuan|executed_wan_yuan|completion_pct|outputs|problems|next_steps')
    union all by name from transcribed_cells('performance_project_outputs', 'report_id|paragraph_no|ordinal',
        'output_name|value')
    union all by name from transcribed_cells('performance_evaluations', 'report_id|evaluation_no',
        'title|project_name|department_name|implementing_unit|fill_date|goal_expected|goal_actual|deviation_analysis'
        || '|improvement_plan|indicator_weight|total_weight|total_score')
    union all by name from transcribed_cells('performance_goals', 'report_id|evaluation_no|goal_no', 'goal_text|weight')
    union all by name from transcribed_cells('performance_funds', 'report_id|evaluation_no|ordinal',
        'initial_budget_wan_yuan|full_year_budget_wan_yuan|executed_wan_yuan|weight|execution_rate_pct|score')
    union all by name from transcribed_cells('performance_indicators', 'report_id|evaluation_no|ordinal',
        'level1_name|level2_name|indicator_name|target_text|basis|prior_year_text|weight|scoring_rule|evidence'
        || '|actual_text|completion_rate_pct|score|deviation_reason|remark')
    union all by name from transcribed_cells('performance_report_figures', 'report_id|report_section|ordinal',
        'section_title|value|context')
    union all by name from transcribed_cells('restated_figures', 'report_id|seed_name|row_key|column_name|value_line',
        'value')
    union all by name from transcribed_cells('text_column_figures', 'report_id|seed_name|row_key|column_name|ordinal',
        'value|context')
),
columns_named as (
    select *, regexp_replace(cell, '_(page|line)$', '') as column_name from cells
)
select row_number() over () as value_id, seed_name, report_id, row_key, column_name,
    -- macros/typing.sql's seed_column_kind: numbers by column name, everything else is text.
    case when column_name in ('value', 'quantity', 'weight', 'score', 'total_weight', 'total_score')
        or suffix(column_name, '_wan_yuan') or suffix(column_name, '_pct') or suffix(column_name, '_value')
        then 'number' else 'text' end as value_kind,
    max(cell_text) filter (where cell = column_name) as printed_value,
    cast(max(cell_text) filter (where cell = column_name || '_page') as integer) as source_page,
    cast(max(cell_text) filter (where cell = column_name || '_line') as integer) as source_line
from columns_named
group by seed_name, report_id, row_key, column_name;

create table provenance (
    seed_name varchar, report_id varchar, row_key varchar, column_name varchar, value_kind varchar,
    printed_value varchar, source_page integer, source_line integer, source_line_text varchar,
    is_found_at_line boolean
);

-- stage: provenance per report batch
-- Run once per batch of reports (floor.py defines batch_values and batch_lines as the batch's rows
-- of transcribed_values and document_lines), as the dbt build does, so memory stays one batch's.
-- The numbers printed on each cited line, and on it joined to the digits the next non-blank line
-- starts with (the PDF text breaks numbers across lines): thousands separators dropped, decimals kept.
create or replace temp table numbers_on_cited_lines as
with cited as (
    select distinct report_id, coalesce(source_page, 0) as page_key, source_line as line_number
    from batch_values where value_kind = 'number'
),
non_blank as (
    select report_id, coalesce(page_number, 0) as page_key, line_number, line_text,
        lead(line_text) over (partition by report_id, page_number order by line_number) as next_line_text
    from batch_lines where trim(line_text) <> ''
),
printed as (
    select n.report_id, n.page_key, n.line_number,
        unnest(regexp_extract_all(n.line_text, '[0-9][0-9,]*(?:\.[0-9]+)?')
            || regexp_extract_all(regexp_replace(n.line_text, '\s+', '', 'g')
                || regexp_extract(regexp_replace(coalesce(n.next_line_text, ''), '\s+', '', 'g'), '^([0-9.,]+)', 1),
                '[0-9][0-9,]*(?:\.[0-9]+)?')) as printed_number
    from non_blank as n
    semi join cited as c on n.report_id = c.report_id and n.page_key = c.page_key and n.line_number = c.line_number
)
-- A number too large for the values' decimal(18, 4) cannot be one of them (and parses far faster).
select distinct report_id, page_key, line_number,
    try_cast(replace(printed_number, ',', '') as decimal(18, 4)) as printed_number,
    decimals(printed_number) as printed_decimals
from printed
where length(printed_number) <= 30;

-- Each line squeezed (no whitespace) in the forms a text value is compared with, and the characters
-- up to its end in each form: as printed, without page-number lines, and also without inline page
-- numbers (the shortest form, whose start orders the lines for the as-of join). One running count
-- over all lines in order, compared only between lines of one page (faster than one per page).
create or replace temp table squeezed_lines as
with forms as (
    select report_id, coalesce(page_number, 0) as page_key, line_number,
        regexp_replace(line_text, '\s+', '', 'g') as squeezed,
        regexp_replace(regexp_replace(line_text, '([^\x00-\x7f]) [0-9]{1,3} ([^\x00-\x7f])', '\1\2', 'g'),
            '\s+', '', 'g') as squeezed_without_page_numbers,
        trim(line_text) <> '' and translate(trim(line_text), '0123456789', '') = '' as is_page_number_line
    from batch_lines
),
measured as (
    select *,
        [length(squeezed),
         if(is_page_number_line, 0, length(squeezed)),
         if(is_page_number_line, 0, length(squeezed_without_page_numbers))] as lengths
    from forms
),
placed as (
    select *,
        [cast(sum(lengths[1]) over all_lines as bigint), cast(sum(lengths[2]) over all_lines as bigint),
         cast(sum(lengths[3]) over all_lines as bigint)] as through
    from measured
    window all_lines as (order by report_id, page_key, line_number rows between unbounded preceding and current row)
)
select *, (through[3] - lengths[3]) * 1000000 + line_number as line_key from placed;

-- A number is found when it is printed on its line with the same absolute value and decimals; a
-- text when, squeezed, it starts on its line and runs on through the next 80 (page numbers on a
-- line of their own or inside a sentence skipped); in a PDF its first six characters may suffice.
insert into provenance
with numbers as (
    select value_id, report_id, coalesce(source_page, 0) as page_key, source_line,
        abs(cast(printed_value as decimal(18, 4))) as number_value, decimals(printed_value) as printed_decimals
    from batch_values where value_kind = 'number'
),
numbers_found as (
    select value_id from numbers as v
    semi join numbers_on_cited_lines as n
        on v.report_id = n.report_id and v.page_key = n.page_key and v.source_line = n.line_number
        and v.number_value = n.printed_number and v.printed_decimals = n.printed_decimals
),
texts as (
    -- A text whole on its cited line (in the shortest form too) is found there; a cited line the
    -- document lacks finds nothing; in a PDF the cited line may hold its first six characters.
    select v.value_id, v.report_id, l.page_key, v.source_line, v.wanted_text, length(v.wanted_text) as wanted_length,
        [l.squeezed, l.squeezed, l.squeezed_without_page_numbers] as cited_texts, l.through as cited_through,
        position(v.wanted_text in l.squeezed) > 0 or position(v.wanted_text in l.squeezed_without_page_numbers) > 0
        or (v.source_page is not null and position(substring(v.wanted_text, 1, 6) in l.squeezed) > 0)
            as is_on_cited_line
    from (
        select *, regexp_replace(printed_value, '\s+', '', 'g') as wanted_text
        from batch_values where value_kind = 'text'
    ) as v
    inner join squeezed_lines as l
        on v.report_id = l.report_id and coalesce(v.source_page, 0) = l.page_key and v.source_line = l.line_number
),
text_windows as (
    -- A text running on ends before its cited line's end + its length in the shortest form: the
    -- window is the lines starting before that (the last found by line_key), at most 80 more.
    select t.*, least(e.line_number, t.source_line + 80) as last_line
    from texts as t
    asof join squeezed_lines as e
        on t.report_id = e.report_id and t.page_key = e.page_key
        and (t.cited_through[3] + t.wanted_length) * 1000000 > e.line_key
    where not t.is_on_cited_line
),
text_starts as (
    -- In each form the window reads differently in, each n such that the cited line's last n
    -- characters are the text's first n and the window holds the rest.
    select *
    from (
        select w.*, f.form, w.cited_through[f.form] as form_cited_through,
            e.through[f.form] - w.cited_through[f.form] as after_cited,
            unnest(range(1, least(length(w.cited_texts[f.form]) + 1, w.wanted_length))) as on_cited_line
        from text_windows as w
        inner join squeezed_lines as e
            on w.report_id = e.report_id and w.page_key = e.page_key and w.last_line = e.line_number
        cross join (values (1), (2), (3)) as f(form)
        where f.form = 1 or e.through[f.form] - w.cited_through[f.form] <> e.through[1] - w.cited_through[1]
            or (f.form = 3 and w.cited_texts[3] <> w.cited_texts[1])
    )
    where wanted_length - on_cited_line <= after_cited
        and right(cited_texts[form], cast(on_cited_line as integer)) = substring(wanted_text, 1, on_cited_line)
),
text_start_lines as (
    select *, unnest(range(source_line + 1, last_line + 1)) as line_number from text_starts
),
text_parts as (
    -- Each following line holds the part of the text after the characters before it.
    select s.value_id, s.form, s.on_cited_line, s.wanted_length,
        s.on_cited_line + l.through[s.form] - l.lengths[s.form] - s.form_cited_through as before_line,
        least(l.lengths[s.form], s.wanted_length - before_line) as part_length,
        substring(if(s.form = 3, l.squeezed_without_page_numbers, l.squeezed), 1, part_length)
            = substring(s.wanted_text, before_line + 1, part_length) as is_part_printed
    from text_start_lines as s
    inner join squeezed_lines as l
        on s.report_id = l.report_id and s.page_key = l.page_key and s.line_number = l.line_number
    where l.lengths[s.form] > 0 and s.on_cited_line + l.through[s.form] - l.lengths[s.form] - s.form_cited_through
        < s.wanted_length
),
texts_found as (
    select value_id from texts where is_on_cited_line
    union
    select value_id from text_parts
    group by value_id, form, on_cited_line
    having bool_and(is_part_printed) and sum(part_length) = max(wanted_length) - on_cited_line
),
found as (
    select * from numbers_found
    union all
    select * from texts_found
)
select v.seed_name, v.report_id, v.row_key, v.column_name, v.value_kind, v.printed_value, v.source_page,
    v.source_line, d.line_text as source_line_text, f.value_id is not null as is_found_at_line
from batch_values as v
left join found as f on v.value_id = f.value_id
left join batch_lines as d
    on v.report_id = d.report_id and coalesce(v.source_page, 0) = coalesce(d.page_number, 0)
    and v.source_line = d.line_number;

-- stage: checks
-- Every comparison, one row each, classified as int_check_results does.
create table check_results (
    check_id varchar, report_id varchar, subject varchar, published_value decimal(18, 4),
    computed_value decimal(18, 4), tolerance decimal(18, 6), comparison varchar, is_input_missing boolean
);

-- Statement tables: the identities of seeds/statement_identities.csv and statement_row_identities.csv,
-- and the 项 → 款 → 类 → 合计 roll-up of every coded table, evaluated over the cells with a number,
-- in the unit the total is printed in (macros/amount_units.sql: 元 is 10^0 yuan, 万元 10^4).
insert into check_results
with lines as (
    select *, case printed_unit when '元' then 0 else 4 end as unit_exponent, row_number() over (
        partition by report_id, table_no, side_no, line_item, column_name order by row_no) as occurrence
    from fct_statement_line where amount_wan_yuan is not null
),
identities as (
    select identity_id, check_id, cast(table_no as integer) as table_no, cast(side_no as integer) as side_no,
        line_items, coalesce(cast(occurrence as integer), 1) as occurrence, column_name,
        cast(part_table_no as integer) as part_table_no, cast(part_side_no as integer) as part_side_no,
        part_line_items, coalesce(cast(part_occurrence as integer), 1) as part_occurrence, part_column_name,
        cast(sign as integer) as sign, coalesce(comparison, 'equal') as comparison, description_zh
    from raw.statement_identities
),
totals as (
    select distinct i.identity_id, i.check_id, i.comparison, i.description_zh, l.report_id, l.table_no,
        l.side_no, l.row_no, l.row_label, l.line_item, l.column_name, l.amount_wan_yuan, l.printed_decimals,
        l.unit_exponent
    from (select distinct identity_id, check_id, table_no, side_no, line_items, occurrence, column_name, comparison,
            description_zh from identities) as i
    inner join lines as l
        on i.table_no = l.table_no and (i.side_no is null or i.side_no = l.side_no)
        and (i.column_name = '*' or i.column_name = l.column_name)
        and (i.line_items = '*' or (position('|' || l.line_item || '|' in '|' || i.line_items || '|') > 0
            and i.occurrence = l.occurrence))
),
identity_parts as (
    select 'identity' as evaluation, t.identity_id, t.report_id, t.table_no, t.side_no, t.row_no, t.column_name,
        i.sign, p.amount_wan_yuan, p.printed_decimals, p.unit_exponent, t.unit_exponent as total_unit_exponent
    from totals as t
    inner join identities as i on t.identity_id = i.identity_id
    inner join lines as p
        on t.report_id = p.report_id and i.part_table_no = p.table_no
        and (i.part_side_no is null or i.part_side_no = p.side_no)
        and p.column_name = case when i.part_column_name = '*' then t.column_name else i.part_column_name end
        and (
            (i.part_line_items = 'above' and t.row_no > p.row_no and p.line_item not like '其中%')
            or (i.part_line_items like 'code:%' and p.subject_code = substring(i.part_line_items, 6))
            or (i.part_line_items = 'same_class' and p.subject_level = '类' and t.line_item = p.line_item)
            or (i.part_line_items not in ('above', 'same_class') and i.part_line_items not like 'code:%'
                and position('|' || p.line_item || '|' in '|' || i.part_line_items || '|') > 0
                and i.part_occurrence = p.occurrence)
        )
),
row_identities as (
    select identity_id, cast(table_no as integer) as table_no, cast(side_no as integer) as side_no, total_column,
        part_column, cast(sign as integer) as sign, description_zh
    from raw.statement_row_identities
),
row_totals as (
    select distinct r.identity_id, r.description_zh, r.total_column, l.report_id, l.table_no, l.side_no, l.row_no,
        l.row_label, l.column_name, l.amount_wan_yuan, l.printed_decimals, l.unit_exponent
    from row_identities as r
    inner join lines as l
        on r.table_no = l.table_no and (r.side_no is null or r.side_no = l.side_no) and r.total_column = l.column_name
),
row_parts as (
    select 'row' as evaluation, t.identity_id, t.report_id, t.table_no, t.side_no, t.row_no, t.column_name,
        r.sign, p.amount_wan_yuan, p.printed_decimals, p.unit_exponent, t.unit_exponent as total_unit_exponent
    from row_totals as t
    inner join row_identities as r on t.identity_id = r.identity_id and t.total_column = r.total_column
    inner join lines as p
        on t.report_id = p.report_id and t.table_no = p.table_no and t.side_no = p.side_no and t.row_no = p.row_no
        and r.part_column = p.column_name
),
rollup_parents as (
    select * from lines where code_system is not null and (subject_code is not null or line_item = '合计')
),
rollup_parts as (
    select 'rollup' as evaluation, 'rollup' as identity_id, t.report_id, t.table_no, t.side_no, t.row_no,
        t.column_name, 1 as sign, c.amount_wan_yuan, c.printed_decimals, c.unit_exponent,
        t.unit_exponent as total_unit_exponent
    from rollup_parents as t
    inner join lines as c
        on t.report_id = c.report_id and t.table_no = c.table_no and t.column_name = c.column_name
        and (
            (t.subject_code is not null and length(c.subject_code) = length(t.subject_code) + 2
                and starts_with(c.subject_code, t.subject_code))
            or (t.subject_code is null and c.code_system = 'function' and length(c.subject_code) = 3)
        )
),
part_sums as (
    select evaluation, identity_id, report_id, table_no, side_no, row_no, column_name,
        sum(sign * in_unit(amount_wan_yuan, total_unit_exponent)) as computed, count(*) as part_count,
        min(sign) as lowest_sign, max(printed_decimals + total_unit_exponent - unit_exponent) as part_decimals,
        count(*) filter (where unit_exponent = total_unit_exponent) as part_count_in_total_unit,
        max(printed_decimals) filter (where unit_exponent = total_unit_exponent) as part_decimals_in_total_unit,
        coalesce(sum(half_unit(printed_decimals + total_unit_exponent - unit_exponent))
            filter (where unit_exponent <> total_unit_exponent), 0) as other_unit_tolerance
    from (select * from identity_parts union all select * from row_parts union all select * from rollup_parts)
    group by all
),
compared as (
    select 'identity' as evaluation, check_id, comparison, identity_id, report_id, table_no, side_no, row_no,
        column_name, description_zh || ' / ' || row_label || ' / ' || column_name as subject,
        in_unit(amount_wan_yuan, unit_exponent) as amount, printed_decimals
    from totals
    union all
    select 'row', 'statement_row_total', 'equal', identity_id, report_id, table_no, side_no, row_no, column_name,
        description_zh || ' / ' || coalesce(row_label, '') || ' / 第' || row_no || '行',
        in_unit(amount_wan_yuan, unit_exponent), printed_decimals
    from row_totals
    union all
    select 'rollup', 'statement_code_rollup', 'equal', 'rollup', report_id, table_no, side_no, row_no, column_name,
        table_name || '：' || coalesce(subject_code, '') || ' ' || coalesce(row_label, '') || '＝下级科目之和 / '
        || column_name, in_unit(amount_wan_yuan, unit_exponent), printed_decimals
    from rollup_parents
)
select c.check_id, c.report_id, c.subject, c.amount, p.computed,
    case when p.part_count = 1 and p.lowest_sign = 1 then restatement_tolerance(c.printed_decimals, p.part_decimals)
        else sum_tolerance(p.part_count_in_total_unit,
            greatest(c.printed_decimals, coalesce(p.part_decimals_in_total_unit, c.printed_decimals)))
            + p.other_unit_tolerance end,
    c.comparison, false
from compared as c
inner join part_sums as p
    on c.evaluation = p.evaluation and c.identity_id = p.identity_id and c.report_id = p.report_id
    and c.table_no = p.table_no and c.side_no = p.side_no and c.row_no = p.row_no and c.column_name = p.column_name;

-- Statement tables: every printed 功能分类 code is known to the reference under the printed name.
insert into check_results
with printed as (
    select distinct report_id, subject_code, row_label
    from fct_statement_line where code_system = 'function' and subject_code is not null
)
select 'statement_subject_code', p.report_id, '功能分类科目 ' || p.subject_code || ' ' || coalesce(p.row_label, ''),
    case when count(*) filter (where n.known_name = p.row_label) > 0 then 1 else 0 end, 1, 0, 'equal', false
from printed as p
left join function_subject_names as n on p.subject_code = n.subject_code
group by p.report_id, p.subject_code, p.row_label;

-- Narrative: each share of income by source and expenditure by type = 100 × amount / printed total.
insert into check_results
with parts as (
    select 'income_source_share' as check_id, * from raw.income_by_source
    union all by name
    select 'expenditure_type_share' as check_id, * from raw.expenditure_by_type
),
typed as (
    select check_id, report_id, line_item, cast(ordinal as integer) as ordinal,
        cast(amount_wan_yuan as decimal(18, 4)) as amount, decimals(amount_wan_yuan) as amount_decimals,
        cast(share_pct as decimal(18, 4)) as share, decimals(share_pct) as share_decimals
    from parts
),
totals as (
    select check_id, report_id, max(amount) filter (where ordinal = 0) as total,
        max(amount_decimals) filter (where ordinal = 0) as total_decimals
    from typed group by check_id, report_id
)
select p.check_id, p.report_id, p.line_item, p.share,
    case when t.total = 0 then 0 else 100 * p.amount / t.total end,
    case when t.total = 0 then half_unit(p.share_decimals)
        else rate_tolerance(p.share_decimals, p.amount, t.total, t.total_decimals) end,
    'equal', p.amount is null or t.total is null
from typed as p
inner join totals as t on p.check_id = t.check_id and p.report_id = t.report_id
where p.ordinal > 0 and p.share is not null;

-- Narrative: each 类 of 一般公共预算财政拨款支出 = the sum of its finest printed lines (项, else 款).
insert into check_results
with finest_levels as (
    select report_id, case when count(*) filter (where line_level = 'item') > 0 then 'item'
        when count(*) filter (where line_level = 'kuan') > 0 then 'kuan' end as finest_level
    from general_budget_lines group by report_id
),
class_sums as (
    select c.report_id, c.ordinal, c.class_name, c.amount_wan_yuan, c.amount_decimals,
        sum(p.amount_wan_yuan) as parts_sum, count(p.ordinal) as part_count,
        count(*) filter (where p.ordinal is not null and p.amount_wan_yuan is null) as missing_parts
    from general_budget_lines as c
    inner join finest_levels as f on c.report_id = f.report_id and f.finest_level is not null
    left join general_budget_lines as p
        on c.report_id = p.report_id and c.class_code = p.class_code and p.line_level = f.finest_level
    where c.line_level = 'class'
    group by c.report_id, c.ordinal, c.class_name, c.amount_wan_yuan, c.amount_decimals
)
select 'general_budget_class_items_sum', report_id, class_name, amount_wan_yuan,
    case when missing_parts = 0 and part_count > 0 then parts_sum end,
    sum_tolerance(part_count, amount_decimals), 'equal',
    amount_wan_yuan is null or part_count = 0 or missing_parts > 0
from class_sums;

-- Narrative: 三公经费合计 = its three parts, and each part = its printed sub-items.
insert into check_results
with items as (
    select report_id, expense_item, cast(amount_wan_yuan as decimal(18, 4)) as amount,
        decimals(amount_wan_yuan) as amount_decimals,
        case when expense_item in ('因公出国（境）费', '公务用车购置及运行费', '公务接待费') then '三公经费合计'
            when expense_item in ('公务用车购置费', '公务用车运行费') then '公务用车购置及运行费'
            when expense_item in ('外宾接待费', '国内公务接待费') then '公务接待费' end as parent_item
    from raw.three_public_expenses
),
sums as (
    select t.report_id, t.expense_item, max(t.amount) as total, max(t.amount_decimals) as total_decimals,
        sum(p.amount) as parts_sum, count(p.expense_item) as part_count,
        count(*) filter (where p.amount is null) as missing_parts
    from items as t
    inner join items as p on t.report_id = p.report_id and t.expense_item = p.parent_item
    group by t.report_id, t.expense_item
)
select case when expense_item = '三公经费合计' then 'three_public_parts_sum' else 'three_public_sub_items_sum' end,
    report_id, expense_item, total, parts_sum, sum_tolerance(part_count, total_decimals), 'equal',
    total is null or missing_parts > 0
from sums;

create table check_findings as
select *, check_status(is_input_missing, comparison, published_value, computed_value, tolerance) as check_status
from check_results;

-- Findings per check; provenance counts the transcribed values not printed at their cited line.
create table check_summary as
select check_id, count(*) as comparisons,
    count(*) filter (where check_status = 'rounding') as rounding,
    count(*) filter (where check_status = 'discrepancy') as discrepancies,
    count(*) filter (where check_status = 'missing') as missing
from check_findings group by check_id
union all
select 'provenance_' || value_kind, count(*), 0, count(*) filter (where not is_found_at_line), 0
from provenance group by value_kind;
