{#
    Year-on-year and budget checks of the narrative sections:
      - the finest lines' changes add up to the change of the general-budget total;
      - every printed growth rate against its printed change and amount;
      - a change printed for two rows that stand for the same figure agrees;
      - 预决算差异率, 完成预算 % and the printed difference from the budget against the amounts.
    One row per comparison, in the columns of macros/check_row.sql. Subjects of the per-row
    checks are '<seed>:<row label>'. A figure that the comparison needs but the report does not
    print makes the row missing (is_input_missing), never a zero.
#}

{#
    The places of the parts of a sum (macros/place.sql), ';'-separated in document order: the
    aggregate puts a ';' before each place, the leading one is cut off.
#}
{%- set part_lines_aggregate = ordered_string_agg(
    dbt.concat(["';'", 'parts.yoy_change_wan_yuan_place']),
    ['parts.yoy_change_wan_yuan_page', 'parts.yoy_change_wan_yuan_line']
) -%}
{%- set part_lines = dbt.right('parts_lines_prefixed', dbt.length('parts_lines_prefixed') ~ ' - 1') -%}

{#
    Both rates are 100 × amount / budget (差异率 = that − 100), so they carry the same error:
    their own rounding, the amount's half unit over the budget, and the budget's rounding error
    times amount / budget² (rate_tolerance counts one half unit of the amount for it; the rest of
    the budget's error is added). A 0 budget with a 0 amount is printed 0%, as in the reports
    ("预算数 0.00 万元，决算数 0.00 万元，预决算差异率 0.00%"); with any other amount there is no rate.
#}
{%- set rate_error = 'case when budget_basis = 0 then ' ~ half_unit('rate_decimals') ~ ' else '
    ~ rate_tolerance('rate_decimals', 'amount_wan_yuan', 'budget_basis', 'amount_decimals')
    ~ ' + 100 * abs(amount_wan_yuan) * (budget_basis_error - ' ~ half_unit('amount_decimals') ~ ')'
    ~ ' / (budget_basis * budget_basis) end' -%}

with

stg_general_budget_expenditure as (

    select * from {{ ref('stg_general_budget_expenditure') }}

),

stg_income_expenditure_totals as (

    select * from {{ ref('stg_income_expenditure_totals') }}

),

stg_fiscal_appropriation_totals as (

    select * from {{ ref('stg_fiscal_appropriation_totals') }}

),

stg_three_public_expenses as (

    select * from {{ ref('stg_three_public_expenses') }}

),

stg_operating_costs as (

    select * from {{ ref('stg_operating_costs') }}

),

{# Where each pivoted change is printed (macros/place.sql). #}
{% for relation in ['income_expenditure_totals', 'fiscal_appropriation_totals'] %}
{{ relation }}_placed as (

    select
        *,
        {{ place_of('yoy_change_wan_yuan') }} as yoy_change_place
    from stg_{{ relation }}

),
{% endfor %}

general_budget_lines as (

    {# Each line labelled as the report heads it: 类, 类/款 or 类/款/项 path (项 names repeat across 款). #}
    select
        expenditure_lines.report_id,
        expenditure_lines.line_level,
        expenditure_lines.ordinal,
        case expenditure_lines.line_level
            when 'total' then '一般公共预算财政拨款支出'
            when 'class' then {{ dbt.concat(['expenditure_lines.class_name', "'(类)'"]) }}
            when 'kuan' then {{ dbt.concat([
                'expenditure_lines.class_name', "'(类)'", 'expenditure_lines.kuan_name', "'(款)'"
            ]) }}
            else {{ dbt.concat([
                'expenditure_lines.class_name', "'(类)'", 'expenditure_lines.kuan_name', "'(款)'",
                'expenditure_lines.item_name', "'(项)'"
            ]) }}
        end as line_label,
        expenditure_lines.amount_wan_yuan,
        {{ place_of('expenditure_lines.amount_wan_yuan') }} as amount_wan_yuan_place,
        expenditure_lines.yoy_change_wan_yuan,
        expenditure_lines.yoy_change_wan_yuan_page,
        expenditure_lines.yoy_change_wan_yuan_line,
        {{ place_of('expenditure_lines.yoy_change_wan_yuan') }}
            as yoy_change_wan_yuan_place,
        expenditure_lines.yoy_growth_pct,
        {{ place_of('expenditure_lines.yoy_growth_pct') }} as yoy_growth_pct_place,
        expenditure_lines.budget_wan_yuan,
        {{ place_of('expenditure_lines.budget_wan_yuan') }} as budget_wan_yuan_place,
        expenditure_lines.budget_variance_pct,
        {{ place_of('expenditure_lines.budget_variance_pct') }} as budget_variance_pct_place,
        expenditure_lines.completion_pct,
        {{ place_of('expenditure_lines.completion_pct') }} as completion_pct_place
    from stg_general_budget_expenditure as expenditure_lines

),

general_budget_lines_with_decimals as (

    select
        labelled.*,
        {% for column in ['amount_wan_yuan', 'yoy_change_wan_yuan', 'yoy_growth_pct', 'budget_wan_yuan',
                          'budget_variance_pct', 'completion_pct'] %}
        {{ printed_decimals_of(
            'general_budget_expenditure',
            dbt.concat(['labelled.report_id', "'|'", 'labelled.line_level', "'|'", as_text('labelled.ordinal')]),
            column
        ) }} as {{ column }}_decimals{% if not loop.last %},{% endif %}
        {% endfor %}
    from general_budget_lines as labelled

),

{# ---------------------------------------------------------------- sum of the changes #}

finest_levels as (

    {# The finest level a report prints: 项 where it has any, else 款. #}
    select
        report_id,
        case
            when sum(case when line_level = 'item' then 1 else 0 end) > 0 then 'item'
            when sum(case when line_level = 'kuan' then 1 else 0 end) > 0 then 'kuan'
        end as finest_level
    from general_budget_lines
    group by report_id

),

change_sums as (

    {#
        Only for reports whose finest lines print a change at all (the Hubei template prints
        none for its 款 lines); there, a line without one is missing.
    #}
    select
        parts.report_id,
        totals.yoy_change_wan_yuan as total_change,
        totals.yoy_change_wan_yuan_place as total_change_place,
        totals.yoy_change_wan_yuan_decimals as total_change_decimals,
        sum(parts.yoy_change_wan_yuan) as parts_sum,
        count(*) as part_count,
        sum(case when parts.yoy_change_wan_yuan is null then 1 else 0 end) as missing_parts,
        {{ part_lines_aggregate }} as parts_lines_prefixed
    from general_budget_lines as parts
    inner join finest_levels
        on
            parts.report_id = finest_levels.report_id
            and parts.line_level = finest_levels.finest_level
    left join general_budget_lines_with_decimals as totals
        on
            parts.report_id = totals.report_id
            and totals.line_level = 'total'
    group by
        parts.report_id,
        totals.yoy_change_wan_yuan,
        totals.yoy_change_wan_yuan_place,
        totals.yoy_change_wan_yuan_decimals
    having sum(case when parts.yoy_change_wan_yuan is not null then 1 else 0 end) > 0

),

yoy_change_sum as (

    select
        {{ check_row(
            'general_budget_yoy_change_sum', "'一般公共预算财政拨款支出'", 'total_change',
            'case when missing_parts = 0 then parts_sum end',
            sum_tolerance('part_count', 'total_change_decimals'),
            ['total_change_place', part_lines],
            missing='(total_change is null or missing_parts > 0)'
        ) }}
    from change_sums

),

{# ---------------------------------------------------------------- growth rates #}

growth_lines as (

    {# Every row of these sections that prints both a change and a growth rate. #}
    select
        report_id,
        {{ dbt.concat(["'general_budget_expenditure:'", 'line_label']) }} as subject,
        amount_wan_yuan,
        amount_wan_yuan_place,
        yoy_change_wan_yuan,
        yoy_change_wan_yuan_place,
        yoy_growth_pct,
        yoy_growth_pct_place,
        amount_wan_yuan_decimals as amount_decimals,
        yoy_change_wan_yuan_decimals as change_decimals,
        yoy_growth_pct_decimals as growth_decimals
    from general_budget_lines_with_decimals
    where yoy_change_wan_yuan is not null and yoy_growth_pct is not null

    union all

    {% for seed, source_cte, label, key in [
        ('income_expenditure_totals', 'stg_income_expenditure_totals', 'source_rows.line_item',
         dbt.concat(['source_rows.report_id', "'|'", 'source_rows.line_item'])),
        ('fiscal_appropriation_totals', 'stg_fiscal_appropriation_totals',
         dbt.concat(['source_rows.fund_type', "'|'", 'source_rows.line_item']),
         dbt.concat(['source_rows.report_id', "'|'", 'source_rows.fund_type', "'|'", 'source_rows.line_item'])),
        ('three_public_expenses', 'stg_three_public_expenses', 'source_rows.expense_item',
         dbt.concat(['source_rows.report_id', "'|'", 'source_rows.expense_item'])),
        ('operating_costs', 'stg_operating_costs', "'机关运行经费'", 'source_rows.report_id'),
    ] %}
    select
        source_rows.report_id,
        {{ dbt.concat(["'" ~ seed ~ ":'", label]) }} as subject,
        source_rows.amount_wan_yuan,
        {{ place_of('source_rows.amount_wan_yuan') }} as amount_wan_yuan_place,
        source_rows.yoy_change_wan_yuan,
        {{ place_of('source_rows.yoy_change_wan_yuan') }} as yoy_change_wan_yuan_place,
        source_rows.yoy_growth_pct,
        {{ place_of('source_rows.yoy_growth_pct') }} as yoy_growth_pct_place,
        {{ printed_decimals_of(seed, key, 'amount_wan_yuan') }} as amount_decimals,
        {{ printed_decimals_of(seed, key, 'yoy_change_wan_yuan') }} as change_decimals,
        {{ printed_decimals_of(seed, key, 'yoy_growth_pct') }} as growth_decimals
    from {{ source_cte }} as source_rows
    where source_rows.yoy_change_wan_yuan is not null and source_rows.yoy_growth_pct is not null
    {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

growth_inputs as (

    select
        growth_lines.*,
        growth_lines.amount_wan_yuan - growth_lines.yoy_change_wan_yuan as prior_amount
    from growth_lines

),

yoy_growth_rate as (

    {#
        growth = 100 × change / prior year, prior year = amount − change. The reports' own
        convention where the prior year is 0: a new line is printed as growing 100% (信息化建设
        7.14 from nothing: "增长 100.00%"), a line that stays at 0 as 0%; the check follows it.
        Tolerance: the rate's own rounding plus the rounding of the change and of the prior year,
        which is the difference of two printed amounts and so carries two half units
        (rate_tolerance counts one, through the change's half unit; the amount's is added,
        divided by the prior year twice: its square overflows a decimal at 454,341.83 万元).
    #}
    select
        {{ check_row(
            'yoy_growth_rate', 'subject', 'yoy_growth_pct',
            'case when prior_amount = 0 and amount_wan_yuan = 0 then 0 when prior_amount = 0 then 100'
                ~ ' else 100 * yoy_change_wan_yuan / prior_amount end',
            'case when prior_amount = 0 then ' ~ half_unit('growth_decimals') ~ ' else '
                ~ rate_tolerance('growth_decimals', 'yoy_change_wan_yuan', 'prior_amount', 'change_decimals')
                ~ ' + 100 * abs(yoy_change_wan_yuan) * ' ~ half_unit('amount_decimals')
                ~ ' / abs(prior_amount) / abs(prior_amount) end',
            ['amount_wan_yuan_place', 'yoy_change_wan_yuan_place', 'yoy_growth_pct_place'],
            missing='(amount_wan_yuan is null)'
        ) }}
    from growth_inputs

),

{# ---------------------------------------------------------------- the same change printed twice #}

all_funds_changes as (

    select
        totals.report_id,
        max(case when totals.line_item = '收入总计' then totals.yoy_change_wan_yuan end) as income_change,
        max(case when totals.line_item = '收入总计' then totals.yoy_change_place end) as income_change_place,
        max(case when totals.line_item = '支出总计' then totals.yoy_change_wan_yuan end) as expenditure_change,
        max(case when totals.line_item = '支出总计' then totals.yoy_change_place end) as expenditure_change_place,
        {{ printed_decimals_of(
            'income_expenditure_totals', dbt.concat(['totals.report_id', "'|收入总计'"]), 'yoy_change_wan_yuan'
        ) }} as income_change_decimals,
        {{ printed_decimals_of(
            'income_expenditure_totals', dbt.concat(['totals.report_id', "'|支出总计'"]), 'yoy_change_wan_yuan'
        ) }} as expenditure_change_decimals
    from income_expenditure_totals_placed as totals
    group by totals.report_id

),

fiscal_changes as (

    {#
        other_fund_lines counts 政府性基金 / 国有资本经营 lines with an amount or a change other
        than 0: only without them is the 财政拨款 change the general-budget change. (A line that
        prints no amount is no sign of such funds; nothing is compared to it.)
    #}
    select
        fiscal.report_id,
        max(case when fiscal.fund_type = '财政拨款' and fiscal.line_item = '收入总计' then fiscal.yoy_change_wan_yuan end)
            as fiscal_income_change,
        max(
            case when fiscal.fund_type = '财政拨款' and fiscal.line_item = '收入总计' then fiscal.yoy_change_place end
        ) as fiscal_income_change_place,
        max(case when fiscal.fund_type = '财政拨款' and fiscal.line_item = '支出总计' then fiscal.yoy_change_wan_yuan end)
            as fiscal_expenditure_change,
        max(
            case when fiscal.fund_type = '财政拨款' and fiscal.line_item = '支出总计' then fiscal.yoy_change_place end
        ) as fiscal_expenditure_change_place,
        max(
            case when fiscal.fund_type = '一般公共预算' and fiscal.line_item = '本年收入' then fiscal.yoy_change_wan_yuan end
        ) as general_income_change,
        max(
            case
                when fiscal.fund_type = '一般公共预算' and fiscal.line_item = '本年收入'
                    then fiscal.yoy_change_place
            end
        ) as general_income_change_place,
        sum(
            case
                when
                    fiscal.fund_type in ('政府性基金', '国有资本经营')
                    and (fiscal.amount_wan_yuan <> 0 or fiscal.yoy_change_wan_yuan <> 0)
                    then 1
                else 0
            end
        ) as other_fund_lines,
        {{ printed_decimals_of(
            'fiscal_appropriation_totals', dbt.concat(['fiscal.report_id', "'|财政拨款|收入总计'"]), 'yoy_change_wan_yuan'
        ) }} as fiscal_income_change_decimals,
        {{ printed_decimals_of(
            'fiscal_appropriation_totals', dbt.concat(['fiscal.report_id', "'|财政拨款|支出总计'"]), 'yoy_change_wan_yuan'
        ) }} as fiscal_expenditure_change_decimals,
        {{ printed_decimals_of(
            'fiscal_appropriation_totals', dbt.concat(['fiscal.report_id', "'|一般公共预算|本年收入'"]), 'yoy_change_wan_yuan'
        ) }} as general_income_change_decimals
    from fiscal_appropriation_totals_placed as fiscal
    group by fiscal.report_id

),

change_pairs as (

    {#
        Pairs of printed changes that stand for one figure: published is the first, computed the
        second. Two printings of one figure at the same precision must be identical (tolerance 0);
        at different precisions they may differ by both half units.
    #}
    select
        report_id,
        '收入总计 = 支出总计（收入支出总体）' as subject,
        income_change as first_change,
        income_change_place as first_change_place,
        income_change_decimals as first_decimals,
        expenditure_change as second_change,
        expenditure_change_place as second_change_place,
        expenditure_change_decimals as second_decimals
    from all_funds_changes
    where income_change is not null or expenditure_change is not null

    union all

    select
        report_id,
        '财政拨款收入总计 = 财政拨款支出总计' as subject,
        fiscal_income_change as first_change,
        fiscal_income_change_place as first_change_place,
        fiscal_income_change_decimals as first_decimals,
        fiscal_expenditure_change as second_change,
        fiscal_expenditure_change_place as second_change_place,
        fiscal_expenditure_change_decimals as second_decimals
    from fiscal_changes
    where fiscal_income_change is not null or fiscal_expenditure_change is not null

    union all

    {# The unit's fiscal appropriation is all general budget (no other fund lines), as the reports state. #}
    select
        general_budget.report_id,
        '一般公共预算财政拨款支出 = 财政拨款支出总计' as subject,
        general_budget.yoy_change_wan_yuan as first_change,
        general_budget.yoy_change_wan_yuan_place as first_change_place,
        general_budget.yoy_change_wan_yuan_decimals as first_decimals,
        fiscal.fiscal_expenditure_change as second_change,
        fiscal.fiscal_expenditure_change_place as second_change_place,
        fiscal.fiscal_expenditure_change_decimals as second_decimals
    from general_budget_lines_with_decimals as general_budget
    left join fiscal_changes as fiscal
        on general_budget.report_id = fiscal.report_id
    where
        general_budget.line_level = 'total'
        and general_budget.yoy_change_wan_yuan is not null
        and coalesce(fiscal.other_fund_lines, 0) = 0

    union all

    select
        report_id,
        '一般公共预算财政拨款收入 = 财政拨款收入总计' as subject,
        general_income_change as first_change,
        general_income_change_place as first_change_place,
        general_income_change_decimals as first_decimals,
        fiscal_income_change as second_change,
        fiscal_income_change_place as second_change_place,
        fiscal_income_change_decimals as second_decimals
    from fiscal_changes
    where general_income_change is not null and other_fund_lines = 0

),

yoy_change_consistency as (

    select
        {{ check_row(
            'yoy_change_consistency', 'subject', 'first_change', 'second_change',
            'case when coalesce(first_decimals, 2) = coalesce(second_decimals, 2) then 0 else '
                ~ half_unit('first_decimals') ~ ' + ' ~ half_unit('second_decimals') ~ ' end',
            ['first_change_place', 'second_change_place'],
            missing='(first_change is null or second_change is null)'
        ) }}
    from change_pairs

),

{# ---------------------------------------------------------------- budget #}

three_public_items as (

    {#
        The budget a 三公 line is compared with: printed (全年预算数), else implied by the printed
        difference from it (Tongcheng prints "完成年初预算的 46 %，比年初预算减少 7.7 万元" without
        the budget: budget = amount − difference). budget_error is the rounding error of that
        budget: one half unit when printed, two when implied.
    #}
    select
        items.*,
        case
            when items.expense_item in ('因公出国（境）费', '公务用车购置及运行费', '公务接待费') then '三公经费合计'
            when items.expense_item in ('公务用车购置费', '公务用车运行费') then '公务用车购置及运行费'
            when items.expense_item in ('外宾接待费', '国内公务接待费') then '公务接待费'
        end as parent_item,
        {% for column in ['amount_wan_yuan', 'budget_wan_yuan', 'budget_change_wan_yuan', 'budget_variance_pct',
                          'completion_pct'] %}
        {{ printed_decimals_of(
            'three_public_expenses', dbt.concat(['items.report_id', "'|'", 'items.expense_item']), column
        ) }} as {{ column }}_decimals{% if not loop.last %},{% endif %}
        {% endfor %}
    from stg_three_public_expenses as items

),

three_public_own_budgets as (

    select
        items.*,
        case
            when items.budget_wan_yuan is not null then items.budget_wan_yuan
            when items.budget_change_wan_yuan is not null then items.amount_wan_yuan - items.budget_change_wan_yuan
        end as own_budget,
        case
            when items.budget_wan_yuan is not null then {{ half_unit('items.budget_wan_yuan_decimals') }}
            when items.budget_change_wan_yuan is not null
                then
                    {{ half_unit('items.amount_wan_yuan_decimals') }}
                    + {{ half_unit('items.budget_change_wan_yuan_decimals') }}
        end as own_budget_error,
        {{ join_lines([
            place_of('items.budget_wan_yuan'),
            place_of('items.amount_wan_yuan'),
            place_of('items.budget_change_wan_yuan'),
        ]) }} as own_budget_lines
    from three_public_items as items

),

three_public_children_budgets as (

    {#
        A line that prints neither its budget nor its difference from it (Tongcheng's
        公务用车购置及运行费: "完成年初预算的 46 %" only) is compared with the sum of its
        sub-items' budgets, when every sub-item has one.
    #}
    select
        parents.report_id,
        parents.expense_item,
        case
            when sum(case when children.own_budget is null then 1 else 0 end) = 0 then sum(children.own_budget)
        end as children_budget,
        sum(children.own_budget_error) as children_budget_error,
        {{ ordered_string_agg(
            dbt.concat(["';'", 'children.own_budget_lines']),
            ['children.amount_wan_yuan_page', 'children.amount_wan_yuan_line']
        ) }} as children_lines_prefixed
    from three_public_own_budgets as parents
    inner join three_public_own_budgets as children
        on
            parents.report_id = children.report_id
            and parents.expense_item = children.parent_item
    group by parents.report_id, parents.expense_item

),

budget_lines as (

    select
        items.report_id,
        {{ dbt.concat(["'three_public_expenses:'", 'items.expense_item']) }} as subject,
        items.amount_wan_yuan,
        {{ place_of('items.amount_wan_yuan') }} as amount_wan_yuan_place,
        items.amount_wan_yuan_decimals as amount_decimals,
        items.budget_wan_yuan,
        items.budget_change_wan_yuan,
        {{ place_of('items.budget_change_wan_yuan') }} as budget_change_wan_yuan_place,
        items.budget_change_wan_yuan_decimals as budget_change_decimals,
        items.budget_variance_pct,
        {{ place_of('items.budget_variance_pct') }} as budget_variance_pct_place,
        items.budget_variance_pct_decimals as variance_decimals,
        items.completion_pct,
        {{ place_of('items.completion_pct') }} as completion_pct_place,
        items.completion_pct_decimals as completion_decimals,
        coalesce(items.own_budget, children.children_budget) as budget_basis,
        case when items.own_budget is not null then items.own_budget_error else children.children_budget_error end
            as budget_basis_error,
        case
            when items.own_budget is not null then items.own_budget_lines
            else {{ dbt.right(
                'children.children_lines_prefixed', dbt.length('children.children_lines_prefixed') ~ ' - 1'
            ) }}
        end as budget_basis_lines
    from three_public_own_budgets as items
    left join three_public_children_budgets as children
        on
            items.report_id = children.report_id
            and items.expense_item = children.expense_item

    union all

    select
        report_id,
        {{ dbt.concat(["'general_budget_expenditure:'", 'line_label']) }} as subject,
        amount_wan_yuan,
        amount_wan_yuan_place,
        amount_wan_yuan_decimals as amount_decimals,
        budget_wan_yuan,
        {{ as_number('null') }} as budget_change_wan_yuan,
        {{ as_text('null') }} as budget_change_wan_yuan_place,
        {{ as_integer('null') }} as budget_change_decimals,
        budget_variance_pct,
        budget_variance_pct_place,
        budget_variance_pct_decimals as variance_decimals,
        completion_pct,
        completion_pct_place,
        completion_pct_decimals as completion_decimals,
        budget_wan_yuan as budget_basis,
        {{ half_unit('budget_wan_yuan_decimals') }} as budget_basis_error,
        budget_wan_yuan_place as budget_basis_lines
    from general_budget_lines_with_decimals

    union all

    select
        fiscal.report_id,
        {{ dbt.concat(["'fiscal_appropriation_totals:'", 'fiscal.fund_type', "'|'", 'fiscal.line_item']) }} as subject,
        fiscal.amount_wan_yuan,
        {{ place_of('fiscal.amount_wan_yuan') }} as amount_wan_yuan_place,
        {{ printed_decimals_of(
            'fiscal_appropriation_totals',
            dbt.concat(['fiscal.report_id', "'|'", 'fiscal.fund_type', "'|'", 'fiscal.line_item']),
            'amount_wan_yuan'
        ) }} as amount_decimals,
        fiscal.budget_wan_yuan,
        {{ as_number('null') }} as budget_change_wan_yuan,
        {{ as_text('null') }} as budget_change_wan_yuan_place,
        {{ as_integer('null') }} as budget_change_decimals,
        fiscal.budget_variance_pct,
        {{ place_of('fiscal.budget_variance_pct') }} as budget_variance_pct_place,
        {{ printed_decimals_of(
            'fiscal_appropriation_totals',
            dbt.concat(['fiscal.report_id', "'|'", 'fiscal.fund_type', "'|'", 'fiscal.line_item']),
            'budget_variance_pct'
        ) }} as variance_decimals,
        {{ as_number('null') }} as completion_pct,
        {{ as_text('null') }} as completion_pct_place,
        {{ as_integer('null') }} as completion_decimals,
        fiscal.budget_wan_yuan as budget_basis,
        {{ half_unit(printed_decimals_of(
            'fiscal_appropriation_totals',
            dbt.concat(['fiscal.report_id', "'|'", 'fiscal.fund_type', "'|'", 'fiscal.line_item']),
            'budget_wan_yuan'
        )) }} as budget_basis_error,
        {{ place_of('fiscal.budget_wan_yuan') }} as budget_basis_lines
    from stg_fiscal_appropriation_totals as fiscal

    union all

    {# 机关运行经费: Tongcheng prints "比年初预算数增加 23.64 万元，增长 16%" without the budget. #}
    select
        operating.report_id,
        'operating_costs:机关运行经费' as subject,
        operating.amount_wan_yuan,
        {{ place_of('operating.amount_wan_yuan') }} as amount_wan_yuan_place,
        {{ printed_decimals_of('operating_costs', 'operating.report_id', 'amount_wan_yuan') }} as amount_decimals,
        {{ as_number('null') }} as budget_wan_yuan,
        operating.budget_change_wan_yuan,
        {{ place_of('operating.budget_change_wan_yuan') }} as budget_change_wan_yuan_place,
        {{ printed_decimals_of('operating_costs', 'operating.report_id', 'budget_change_wan_yuan') }}
            as budget_change_decimals,
        operating.budget_variance_pct,
        {{ place_of('operating.budget_variance_pct') }} as budget_variance_pct_place,
        {{ printed_decimals_of('operating_costs', 'operating.report_id', 'budget_variance_pct') }} as variance_decimals,
        {{ as_number('null') }} as completion_pct,
        {{ as_text('null') }} as completion_pct_place,
        {{ as_integer('null') }} as completion_decimals,
        operating.amount_wan_yuan - operating.budget_change_wan_yuan as budget_basis,
        {{ half_unit(printed_decimals_of('operating_costs', 'operating.report_id', 'amount_wan_yuan')) }}
        + {{ half_unit(printed_decimals_of('operating_costs', 'operating.report_id', 'budget_change_wan_yuan')) }}
            as budget_basis_error,
        {{ join_lines([
            place_of('operating.amount_wan_yuan'),
            place_of('operating.budget_change_wan_yuan'),
        ]) }}
            as budget_basis_lines
    from stg_operating_costs as operating

),

budget_variance_rate as (

    select
        {{ check_row(
            'budget_variance_rate', 'subject', 'budget_variance_pct',
            'case when budget_basis = 0 and amount_wan_yuan = 0 then 0'
                ~ ' when budget_basis <> 0 then 100 * (amount_wan_yuan - budget_basis) / budget_basis end',
            rate_error | replace('rate_decimals', 'variance_decimals'),
            ['amount_wan_yuan_place', 'budget_basis_lines', 'budget_variance_pct_place'],
            missing='(amount_wan_yuan is null or budget_basis is null)'
        ) }}
    from budget_lines
    where budget_variance_pct is not null

),

budget_completion_rate as (

    select
        {{ check_row(
            'budget_completion_rate', 'subject', 'completion_pct',
            'case when budget_basis = 0 and amount_wan_yuan = 0 then 0'
                ~ ' when budget_basis <> 0 then 100 * amount_wan_yuan / budget_basis end',
            rate_error | replace('rate_decimals', 'completion_decimals'),
            ['amount_wan_yuan_place', 'budget_basis_lines', 'completion_pct_place'],
            missing='(amount_wan_yuan is null or budget_basis is null)'
        ) }}
    from budget_lines
    where completion_pct is not null

),

budget_change_amount as (

    {#
        Only where the budget itself is printed: where it is not, the printed difference is what
        the budget is derived from, and it is checked through the rates above instead.
    #}
    select
        {{ check_row(
            'budget_change_amount', 'subject', 'budget_change_wan_yuan', 'amount_wan_yuan - budget_wan_yuan',
            sum_tolerance(2, 'budget_change_decimals'),
            ['amount_wan_yuan_place', 'budget_basis_lines', 'budget_change_wan_yuan_place'],
            missing='(amount_wan_yuan is null)'
        ) }}
    from budget_lines
    where budget_change_wan_yuan is not null and budget_wan_yuan is not null

),

final as (

    select * from yoy_change_sum
    union all
    select * from yoy_growth_rate
    union all
    select * from yoy_change_consistency
    union all
    select * from budget_variance_rate
    union all
    select * from budget_completion_rate
    union all
    select * from budget_change_amount

)

select * from final
