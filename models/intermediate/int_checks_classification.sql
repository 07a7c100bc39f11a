{#
    Checks of the structure of 一般公共预算财政拨款支出 and of basic expenditure:
      - the 类 lines add up to the total, each 类 to its finest printed lines (项 in the Xinjiang
        template, 款 in the Hubei one), the finest lines to the total;
      - each 类's share of the total, and the total's share of 本年支出合计;
      - 基本支出 = 人员经费 + 公用经费, each of them = its economic items where the report prints
        their amounts (Tongcheng; Xinjiang lists the item names only);
      - the economic classes (工资福利支出 …) add up to the general-budget total, each share =
        amount / total.
    One row per comparison, in the columns of macros/check_row.sql. A part or total that is not
    printed makes the row missing (is_input_missing), never a zero.
#}

{#
    The places of the parts of a sum (macros/place.sql), ';'-separated in document order: the
    aggregate puts a ';' before each place, the leading one is cut off.
#}
{%- set part_lines_aggregate = ordered_string_agg(
    dbt.concat(["';'", place_of('parts.amount_wan_yuan')]),
    ['parts.amount_wan_yuan_page', 'parts.amount_wan_yuan_line']
) -%}
{%- set part_lines = dbt.right('parts_lines_prefixed', dbt.length('parts_lines_prefixed') ~ ' - 1') -%}

with

stg_general_budget_expenditure as (

    select * from {{ ref('stg_general_budget_expenditure') }}

),

int_expenditure_lines_resolved as (

    select * from {{ ref('int_expenditure_lines_resolved') }}

),

stg_income_expenditure_totals as (

    select * from {{ ref('stg_income_expenditure_totals') }}

),

stg_expenditure_by_type as (

    select * from {{ ref('stg_expenditure_by_type') }}

),

stg_basic_expenditure_items as (

    select * from {{ ref('stg_basic_expenditure_items') }}

),

stg_general_budget_economic_classes as (

    select * from {{ ref('stg_general_budget_economic_classes') }}

),

reports as (

    {# Every report that prints any line of the general budget expenditure. #}
    select distinct report_id from stg_general_budget_expenditure

),

general_budget_totals as (

    select
        reports.report_id,
        total_lines.amount_wan_yuan as total_amount,
        {{ place_of('total_lines.amount_wan_yuan') }} as total_amount_place,
        total_lines.share_pct as total_share,
        {{ place_of('total_lines.share_pct') }} as total_share_place,
        {{ printed_decimals_of(
            'general_budget_expenditure',
            dbt.concat(['total_lines.report_id', "'|total|'", as_text('total_lines.ordinal')]),
            'amount_wan_yuan'
        ) }} as total_decimals,
        {{ printed_decimals_of(
            'general_budget_expenditure',
            dbt.concat(['total_lines.report_id', "'|total|'", as_text('total_lines.ordinal')]),
            'share_pct'
        ) }} as total_share_decimals
    from reports
    left join stg_general_budget_expenditure as total_lines
        on
            reports.report_id = total_lines.report_id
            and total_lines.line_level = 'total'

),

class_lines as (

    {#
        The 类 lines, with the 类 code their name resolves to: the finest lines are matched to
        their 类 by code, because a 款 line may print the 类 name differently (Tongcheng's
        "社会保障和就业(类)" under the 类 line "社会保障和就业支出").
    #}
    select
        class_rows.report_id,
        class_rows.ordinal,
        class_rows.class_code,
        class_rows.class_name,
        class_rows.amount_wan_yuan,
        class_rows.amount_wan_yuan_page,
        class_rows.amount_wan_yuan_line,
        {{ place_of('class_rows.amount_wan_yuan') }} as amount_place,
        class_rows.share_pct,
        {{ place_of('class_rows.share_pct') }} as share_place,
        {{ printed_decimals_of(
            'general_budget_expenditure',
            dbt.concat(['class_rows.report_id', "'|class|'", as_text('class_rows.ordinal')]),
            'amount_wan_yuan'
        ) }} as amount_decimals,
        {{ printed_decimals_of(
            'general_budget_expenditure',
            dbt.concat(['class_rows.report_id', "'|class|'", as_text('class_rows.ordinal')]),
            'share_pct'
        ) }} as share_decimals
    from int_expenditure_lines_resolved as class_rows
    where class_rows.line_level = 'class'

),

finest_levels as (

    {# The finest level a report prints: 项 where it has any, else 款; a report with 类 lines only has none. #}
    select
        report_id,
        case
            when sum(case when line_level = 'item' then 1 else 0 end) > 0 then 'item'
            when sum(case when line_level = 'kuan' then 1 else 0 end) > 0 then 'kuan'
        end as finest_level
    from int_expenditure_lines_resolved
    group by report_id

),

finest_lines as (

    select int_expenditure_lines_resolved.*
    from int_expenditure_lines_resolved
    inner join finest_levels
        on
            int_expenditure_lines_resolved.report_id = finest_levels.report_id
            and int_expenditure_lines_resolved.line_level = finest_levels.finest_level

),

class_sums as (

    select
        totals.report_id,
        totals.total_amount,
        totals.total_amount_place,
        totals.total_decimals,
        sum(parts.amount_wan_yuan) as parts_sum,
        count(parts.ordinal) as part_count,
        sum(case when parts.ordinal is not null and parts.amount_wan_yuan is null then 1 else 0 end) as missing_parts,
        {{ part_lines_aggregate }} as parts_lines_prefixed
    from general_budget_totals as totals
    left join class_lines as parts
        on totals.report_id = parts.report_id
    group by
        totals.report_id,
        totals.total_amount,
        totals.total_amount_place,
        totals.total_decimals

),

classes_sum as (

    select
        {{ check_row(
            'general_budget_classes_sum', "'一般公共预算财政拨款支出'", 'total_amount',
            'case when missing_parts = 0 and part_count > 0 then parts_sum end',
            sum_tolerance('part_count', 'total_decimals'),
            ['total_amount_place', part_lines],
            missing='(total_amount is null or part_count = 0 or missing_parts > 0)'
        ) }}
    from class_sums

),

class_part_sums as (

    {# Only for reports that print lines below the 类; a 类 with no such line is missing. #}
    select
        classes.report_id,
        classes.ordinal,
        classes.class_name,
        classes.amount_wan_yuan as class_amount,
        classes.amount_place as class_amount_place,
        classes.amount_decimals,
        sum(parts.amount_wan_yuan) as parts_sum,
        count(parts.ordinal) as part_count,
        sum(case when parts.ordinal is not null and parts.amount_wan_yuan is null then 1 else 0 end) as missing_parts,
        {{ part_lines_aggregate }} as parts_lines_prefixed
    from class_lines as classes
    inner join finest_levels
        on
            classes.report_id = finest_levels.report_id
            and finest_levels.finest_level is not null
    left join finest_lines as parts
        on
            classes.report_id = parts.report_id
            and classes.class_code = parts.class_code
    group by
        classes.report_id,
        classes.ordinal,
        classes.class_name,
        classes.amount_wan_yuan,
        classes.amount_place,
        classes.amount_decimals

),

class_items_sum as (

    select
        {{ check_row(
            'general_budget_class_items_sum', 'class_name', 'class_amount',
            'case when missing_parts = 0 and part_count > 0 then parts_sum end',
            sum_tolerance('part_count', 'amount_decimals'),
            ['class_amount_place', part_lines],
            missing='(class_amount is null or part_count = 0 or missing_parts > 0)'
        ) }}
    from class_part_sums

),

finest_sums as (

    select
        totals.report_id,
        totals.total_amount,
        totals.total_amount_place,
        totals.total_decimals,
        sum(parts.amount_wan_yuan) as parts_sum,
        count(parts.ordinal) as part_count,
        sum(case when parts.amount_wan_yuan is null then 1 else 0 end) as missing_parts,
        {{ part_lines_aggregate }} as parts_lines_prefixed
    from general_budget_totals as totals
    inner join finest_lines as parts
        on totals.report_id = parts.report_id
    group by
        totals.report_id,
        totals.total_amount,
        totals.total_amount_place,
        totals.total_decimals

),

finest_lines_sum as (

    select
        {{ check_row(
            'general_budget_finest_lines_sum', "'一般公共预算财政拨款支出'", 'total_amount',
            'case when missing_parts = 0 then parts_sum end',
            sum_tolerance('part_count', 'total_decimals'),
            ['total_amount_place', part_lines],
            missing='(total_amount is null or missing_parts > 0)'
        ) }}
    from finest_sums

),

class_share as (

    select
        {{ check_row(
            'general_budget_class_share', 'classes.class_name', 'classes.share_pct',
            'case when totals.total_amount = 0 then 0 else 100 * classes.amount_wan_yuan / totals.total_amount end',
            'case when totals.total_amount = 0 then ' ~ half_unit('classes.share_decimals') ~ ' else '
                ~ rate_tolerance('classes.share_decimals', 'classes.amount_wan_yuan', 'totals.total_amount',
                                 'totals.total_decimals') ~ ' end',
            ['classes.amount_place', 'classes.share_place', 'totals.total_amount_place'],
            missing='(classes.amount_wan_yuan is null or totals.total_amount is null)',
            report_id='classes.report_id'
        ) }}
    from class_lines as classes
    inner join general_budget_totals as totals
        on classes.report_id = totals.report_id
    where classes.share_pct is not null

),

current_expenditure as (

    select
        totals.report_id,
        totals.amount_wan_yuan as expenditure_amount,
        {{ place_of('totals.amount_wan_yuan') }} as expenditure_amount_place,
        {{ printed_decimals_of(
            'income_expenditure_totals', dbt.concat(['totals.report_id', "'|本年支出合计'"]), 'amount_wan_yuan'
        ) }} as expenditure_decimals
    from stg_income_expenditure_totals as totals
    where totals.line_item = '本年支出合计'

    union all

    {# A template that states 本年支出合计 only as the total of the 支出决算 section (national). #}
    select
        by_type.report_id,
        by_type.amount_wan_yuan as expenditure_amount,
        {{ place_of('by_type.amount_wan_yuan') }} as expenditure_amount_place,
        {{ printed_decimals_of(
            'expenditure_by_type', dbt.concat(['by_type.report_id', "'|本年支出合计'"]), 'amount_wan_yuan'
        ) }} as expenditure_decimals
    from stg_expenditure_by_type as by_type
    where
        by_type.line_item = '本年支出合计'
        and not exists (
            select 1 from stg_income_expenditure_totals as totals
            where totals.report_id = by_type.report_id and totals.line_item = '本年支出合计'
        )

),

share_of_expenditure as (

    select
        {{ check_row(
            'general_budget_share_of_expenditure', "'一般公共预算财政拨款支出 / 本年支出合计'", 'totals.total_share',
            'case when expenditure.expenditure_amount = 0 then 0'
                ~ ' else 100 * totals.total_amount / expenditure.expenditure_amount end',
            'case when expenditure.expenditure_amount = 0 then ' ~ half_unit('totals.total_share_decimals') ~ ' else '
                ~ rate_tolerance('totals.total_share_decimals', 'totals.total_amount', 'expenditure.expenditure_amount',
                                 'expenditure.expenditure_decimals') ~ ' end',
            ['totals.total_amount_place', 'totals.total_share_place', 'expenditure.expenditure_amount_place'],
            missing='(totals.total_amount is null or expenditure.expenditure_amount is null)',
            report_id='totals.report_id'
        ) }}
    from general_budget_totals as totals
    left join current_expenditure as expenditure
        on totals.report_id = expenditure.report_id
    where totals.total_share is not null

),

basic_expenditure_items_placed as (

    select
        *,
        {{ place_of('amount_wan_yuan') }} as amount_place
    from stg_basic_expenditure_items

),

basic_totals as (

    {# ordinal 0 of each cost category is its printed total. #}
    select
        items.report_id,
        max(case when items.cost_category = '基本支出' and items.ordinal = 0 then items.amount_wan_yuan end)
            as basic_amount,
        max(case when items.cost_category = '基本支出' and items.ordinal = 0 then items.amount_place end)
            as basic_amount_place,
        max(case when items.cost_category = '人员经费' and items.ordinal = 0 then items.amount_wan_yuan end)
            as personnel_amount,
        max(case when items.cost_category = '人员经费' and items.ordinal = 0 then items.amount_place end)
            as personnel_amount_place,
        max(case when items.cost_category = '公用经费' and items.ordinal = 0 then items.amount_wan_yuan end)
            as public_amount,
        max(case when items.cost_category = '公用经费' and items.ordinal = 0 then items.amount_place end)
            as public_amount_place,
        {{ printed_decimals_of(
            'basic_expenditure_items', dbt.concat(['items.report_id', "'|基本支出|0'"]), 'amount_wan_yuan'
        ) }} as basic_decimals
    from basic_expenditure_items_placed as items
    group by items.report_id

),

basic_expenditure_split as (

    select
        {{ check_row(
            'basic_expenditure_split', "'基本支出'", 'basic_amount', 'personnel_amount + public_amount',
            sum_tolerance(2, 'basic_decimals'),
            ['basic_amount_place', 'personnel_amount_place', 'public_amount_place'],
            missing='(basic_amount is null or personnel_amount is null or public_amount is null)'
        ) }}
    from basic_totals

),

cost_category_sums as (

    select
        category_totals.report_id,
        category_totals.cost_category,
        category_totals.amount_wan_yuan as category_amount,
        category_totals.amount_place as category_amount_place,
        {{ printed_decimals_of(
            'basic_expenditure_items',
            dbt.concat(['category_totals.report_id', "'|'", 'category_totals.cost_category', "'|0'"]),
            'amount_wan_yuan'
        ) }} as category_decimals,
        sum(parts.amount_wan_yuan) as parts_sum,
        count(parts.ordinal) as part_count,
        sum(case when parts.amount_wan_yuan is null then 1 else 0 end) as missing_parts,
        {{ part_lines_aggregate }} as parts_lines_prefixed
    from basic_expenditure_items_placed as category_totals
    inner join basic_expenditure_items_placed as parts
        on
            category_totals.report_id = parts.report_id
            and category_totals.cost_category = parts.cost_category
            and parts.ordinal > 0
    where category_totals.ordinal = 0
    group by
        category_totals.report_id,
        category_totals.cost_category,
        category_totals.amount_wan_yuan,
        category_totals.amount_place

),

cost_items_sum as (

    {#
        Only where the report prints the items' amounts: the Xinjiang template names the items
        of 人员经费 and 公用经费 without amounts, so there is nothing to add up.
    #}
    select
        {{ check_row(
            'basic_cost_items_sum', 'cost_category', 'category_amount',
            'case when missing_parts = 0 then parts_sum end',
            sum_tolerance('part_count', 'category_decimals'),
            ['category_amount_place', part_lines],
            missing='(category_amount is null or missing_parts > 0)'
        ) }}
    from cost_category_sums
    where part_count > missing_parts

),

economic_sums as (

    select
        parts.report_id,
        totals.total_amount,
        totals.total_amount_place,
        totals.total_decimals,
        sum(parts.amount_wan_yuan) as parts_sum,
        count(parts.ordinal) as part_count,
        sum(case when parts.amount_wan_yuan is null then 1 else 0 end) as missing_parts,
        {{ part_lines_aggregate }} as parts_lines_prefixed
    from stg_general_budget_economic_classes as parts
    left join general_budget_totals as totals
        on parts.report_id = totals.report_id
    group by
        parts.report_id,
        totals.total_amount,
        totals.total_amount_place,
        totals.total_decimals

),

economic_classes_sum as (

    select
        {{ check_row(
            'economic_classes_sum', "'一般公共预算财政拨款支出'", 'total_amount',
            'case when missing_parts = 0 then parts_sum end',
            sum_tolerance('part_count', 'total_decimals'),
            ['total_amount_place', part_lines],
            missing='(total_amount is null or missing_parts > 0)'
        ) }}
    from economic_sums

),

economic_class_lines as (

    select
        economic_rows.report_id,
        economic_rows.economic_class_name,
        economic_rows.amount_wan_yuan,
        {{ place_of('economic_rows.amount_wan_yuan') }} as amount_place,
        economic_rows.share_pct,
        {{ place_of('economic_rows.share_pct') }} as share_place,
        {{ printed_decimals_of(
            'general_budget_economic_classes',
            dbt.concat(['economic_rows.report_id', "'|'", as_text('economic_rows.ordinal')]),
            'share_pct'
        ) }} as share_decimals
    from stg_general_budget_economic_classes as economic_rows
    where economic_rows.share_pct is not null

),

economic_class_share as (

    select
        {{ check_row(
            'economic_class_share', 'classes.economic_class_name', 'classes.share_pct',
            'case when totals.total_amount = 0 then 0 else 100 * classes.amount_wan_yuan / totals.total_amount end',
            'case when totals.total_amount = 0 then ' ~ half_unit('classes.share_decimals') ~ ' else '
                ~ rate_tolerance('classes.share_decimals', 'classes.amount_wan_yuan', 'totals.total_amount',
                                 'totals.total_decimals') ~ ' end',
            ['classes.amount_place', 'classes.share_place', 'totals.total_amount_place'],
            missing='(classes.amount_wan_yuan is null or totals.total_amount is null)',
            report_id='classes.report_id'
        ) }}
    from economic_class_lines as classes
    left join general_budget_totals as totals
        on classes.report_id = totals.report_id

),

final as (

    select * from classes_sum
    union all
    select * from class_items_sum
    union all
    select * from finest_lines_sum
    union all
    select * from class_share
    union all
    select * from share_of_expenditure
    union all
    select * from basic_expenditure_split
    union all
    select * from cost_items_sum
    union all
    select * from economic_classes_sum
    union all
    select * from economic_class_share

)

select * from final
