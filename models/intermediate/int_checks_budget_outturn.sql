{#
    budget_printed_in_final_accounts: where a final-accounts report prints its own 年初预算 for a
    line (seeds/printed_budget_columns.csv: the 三公 table's 预算数), it must be the figure the
    department's budget document of the same year prints for that line. Compared in 万元, with
    the tolerance of both printings (a budget in 元 is four decimals finer).
#}
with

lines as (

    select * from {{ ref('int_statement_lines_classified') }}

),

report_departments as (

    select * from {{ ref('int_report_departments') }}

),

printed_budget_columns as (

    select * from {{ ref('stg_printed_budget_columns') }}

),

pairs as (

    select
        budgets.report_id as budget_report_id,
        final_accounts.report_id as final_report_id
    from report_departments as budgets
    inner join report_departments as final_accounts
        on
            budgets.department_key = final_accounts.department_key
            and budgets.fiscal_year = final_accounts.fiscal_year
    where budgets.document_kind = 'budget' and final_accounts.document_kind = 'final_accounts'

),

figures as (

    select
        report_id,
        table_no,
        column_name,
        line_item,
        amount_wan_yuan,
        case printed_unit when '元' then printed_decimals + 4 else printed_decimals end as decimals_in_wan_yuan,
        {{ place('source_page', 'source_line') }} as place
    from lines

),

compared as (

    select
        pairs.final_report_id,
        final_figures.line_item,
        final_figures.amount_wan_yuan as printed_budget,
        budget_figures.amount_wan_yuan as budget_document_figure,
        final_figures.decimals_in_wan_yuan as printed_decimals,
        budget_figures.decimals_in_wan_yuan as budget_decimals,
        final_figures.place as printed_place,
        budget_figures.place as budget_place
    from pairs
    inner join printed_budget_columns
        on 1 = 1
    inner join figures as final_figures
        on
            pairs.final_report_id = final_figures.report_id
            and printed_budget_columns.final_table_no = final_figures.table_no
            and printed_budget_columns.final_column_name = final_figures.column_name
    left join figures as budget_figures
        on
            pairs.budget_report_id = budget_figures.report_id
            and printed_budget_columns.budget_table_no = budget_figures.table_no
            and printed_budget_columns.budget_column_name = budget_figures.column_name
            and final_figures.line_item = budget_figures.line_item

),

final as (

    select
        {{ check_row(
            'budget_printed_in_final_accounts',
            dbt.concat(["'年初预算 '", 'line_item']),
            'printed_budget',
            'coalesce(budget_document_figure, 0)',
            restatement_tolerance('printed_decimals', 'budget_decimals'),
            ['printed_place', "coalesce(budget_place, '')"],
            missing='budget_document_figure is null',
            report_id='final_report_id'
        ) }}
    from compared

)

select * from final
