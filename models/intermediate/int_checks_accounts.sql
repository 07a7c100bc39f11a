{#
    Accounting identities of the income and expenditure totals, of fiscal appropriation, and
    of the income sources and expenditure types against their section totals.
    One row per comparison, in the columns of macros/check_row.sql.
#}
with

totals as (

    select * from {{ ref('stg_income_expenditure_totals') }}

),

fiscal_appropriation as (

    select * from {{ ref('stg_fiscal_appropriation_totals') }}

),

income_by_source as (

    select * from {{ ref('stg_income_by_source') }}

),

expenditure_by_type as (

    select * from {{ ref('stg_expenditure_by_type') }}

),

{# Where each amount is printed (macros/place.sql), for the pivots below. #}
{% for relation in ['totals', 'fiscal_appropriation', 'income_by_source', 'expenditure_by_type'] %}
{{ relation }}_placed as (

    select
        *,
        {{ place_of('amount_wan_yuan') }} as amount_place
    from {{ relation }}

),
{% endfor %}

all_funds as (

    select
        report_id,
        max(case when line_item = '收入总计' then amount_wan_yuan end) as income_total,
        max(case when line_item = '本年收入合计' then amount_wan_yuan end) as income_current,
        max(case when line_item = '使用非财政拨款结余' then amount_wan_yuan end) as income_non_fiscal_balance,
        max(case when line_item = '年初结转和结余' then amount_wan_yuan end) as income_carry_over,
        max(case when line_item = '支出总计' then amount_wan_yuan end) as expenditure_total,
        max(case when line_item = '本年支出合计' then amount_wan_yuan end) as expenditure_current,
        max(case when line_item = '结余分配' then amount_wan_yuan end) as expenditure_balance_distribution,
        max(case when line_item = '年末结转和结余' then amount_wan_yuan end) as expenditure_carry_over,
        max(case when line_item = '收入总计' then amount_place end) as income_total_place,
        max(case when line_item = '本年收入合计' then amount_place end) as income_current_place,
        max(case when line_item = '使用非财政拨款结余' then amount_place end) as income_non_fiscal_balance_place,
        max(case when line_item = '年初结转和结余' then amount_place end) as income_carry_over_place,
        max(case when line_item = '支出总计' then amount_place end) as expenditure_total_place,
        max(case when line_item = '本年支出合计' then amount_place end) as expenditure_current_place,
        max(case when line_item = '结余分配' then amount_place end) as expenditure_balance_distribution_place,
        max(case when line_item = '年末结转和结余' then amount_place end) as expenditure_carry_over_place
    from totals_placed
    group by report_id

),

fiscal as (

    select
        report_id,
        max(case when line_item = '收入总计' then amount_wan_yuan end) as income_total,
        max(case when line_item = '年初结转和结余' then amount_wan_yuan end) as income_carry_over,
        max(case when line_item = '本年收入' then amount_wan_yuan end) as income_current,
        max(case when line_item = '支出总计' then amount_wan_yuan end) as expenditure_total,
        max(case when line_item = '年末结转和结余' then amount_wan_yuan end) as expenditure_carry_over,
        max(case when line_item = '本年支出' then amount_wan_yuan end) as expenditure_current,
        max(case when line_item = '收入总计' then amount_place end) as income_total_place,
        max(case when line_item = '年初结转和结余' then amount_place end) as income_carry_over_place,
        max(case when line_item = '本年收入' then amount_place end) as income_current_place,
        max(case when line_item = '支出总计' then amount_place end) as expenditure_total_place,
        max(case when line_item = '年末结转和结余' then amount_place end) as expenditure_carry_over_place,
        max(case when line_item = '本年支出' then amount_place end) as expenditure_current_place
    from fiscal_appropriation_placed
    where fund_type = '财政拨款'
    group by report_id

),

income_identity as (

    select
        {{ check_row(
            'income_total_identity', "'收入总计'", 'income_total',
            'income_current + income_non_fiscal_balance + income_carry_over',
            sum_tolerance(3, printed_decimals_of('income_expenditure_totals', dbt.concat(['report_id', "'|收入总计'"]), 'amount_wan_yuan')),
            ['income_total_place', 'income_current_place', 'income_non_fiscal_balance_place', 'income_carry_over_place'],
            missing='(income_total is null or income_current is null or income_non_fiscal_balance is null or income_carry_over is null)'
        ) }}
    from all_funds

),

expenditure_identity as (

    select
        {{ check_row(
            'expenditure_total_identity', "'支出总计'", 'expenditure_total',
            'expenditure_current + expenditure_balance_distribution + expenditure_carry_over',
            sum_tolerance(3, printed_decimals_of('income_expenditure_totals', dbt.concat(['report_id', "'|支出总计'"]), 'amount_wan_yuan')),
            ['expenditure_total_place', 'expenditure_current_place', 'expenditure_balance_distribution_place',
             'expenditure_carry_over_place'],
            missing='(expenditure_total is null or expenditure_current is null'
                ~ ' or expenditure_balance_distribution is null or expenditure_carry_over is null)'
        ) }}
    from all_funds

),

balance as (

    select
        {{ check_row(
            'income_equals_expenditure_total', "'收入总计 = 支出总计'", 'income_total', 'expenditure_total',
            half_unit(printed_decimals_of('income_expenditure_totals', dbt.concat(['report_id', "'|收入总计'"]), 'amount_wan_yuan')),
            ['income_total_place', 'expenditure_total_place'],
            missing='(income_total is null or expenditure_total is null)'
        ) }}
    from all_funds

),

fiscal_income_identity as (

    select
        {{ check_row(
            'fiscal_income_identity', "'财政拨款收入总计'", 'income_total', 'income_carry_over + income_current',
            sum_tolerance(2, printed_decimals_of('fiscal_appropriation_totals', dbt.concat(['report_id', "'|财政拨款|收入总计'"]), 'amount_wan_yuan')),
            ['income_total_place', 'income_carry_over_place', 'income_current_place'],
            missing='(income_total is null or income_carry_over is null or income_current is null)'
        ) }}
    from fiscal

),

fiscal_expenditure_identity as (

    select
        {{ check_row(
            'fiscal_expenditure_identity', "'财政拨款支出总计'", 'expenditure_total',
            'expenditure_carry_over + expenditure_current',
            sum_tolerance(2, printed_decimals_of('fiscal_appropriation_totals', dbt.concat(['report_id', "'|财政拨款|支出总计'"]), 'amount_wan_yuan')),
            ['expenditure_total_place', 'expenditure_carry_over_place', 'expenditure_current_place'],
            missing='(expenditure_total is null or expenditure_carry_over is null or expenditure_current is null)'
        ) }}
    from fiscal

),

{% for check_id, lines, seed in [
    ('income_sources_sum', 'income_by_source', 'income_by_source'),
    ('expenditure_types_sum', 'expenditure_by_type', 'expenditure_by_type'),
] %}
{{ lines }}_sums as (

    select
        report_id,
        max(case when ordinal = 0 then amount_wan_yuan end) as printed_total,
        max(case when ordinal = 0 then amount_place end) as printed_total_place,
        max(case when ordinal = 0 then line_item end) as total_item,
        sum(case when ordinal > 0 then amount_wan_yuan end) as parts_sum,
        sum(case when ordinal > 0 then 1 else 0 end) as part_count,
        sum(case when ordinal > 0 and amount_wan_yuan is null then 1 else 0 end) as missing_parts
    from {{ lines }}_placed
    group by report_id

),

{{ check_id }} as (

    select
        {{ check_row(
            check_id, 'total_item', 'printed_total', 'parts_sum',
            sum_tolerance('part_count', printed_decimals_of(seed, dbt.concat(['report_id', "'|'", 'total_item']), 'amount_wan_yuan')),
            ['printed_total_place'],
            missing='(printed_total is null or missing_parts > 0)'
        ) }}
    from {{ lines }}_sums

),
{% endfor %}

{% for check_id, lines, seed in [
    ('income_source_share', 'income_by_source', 'income_by_source'),
    ('expenditure_type_share', 'expenditure_by_type', 'expenditure_by_type'),
] %}
{{ check_id }}_inputs as (

    select
        parts.report_id,
        parts.line_item,
        parts.amount_wan_yuan,
        parts.share_pct,
        parts.amount_place,
        {{ place_of('parts.share_pct') }} as share_pct_place,
        totals.printed_total,
        totals.printed_total_place,
        {{ printed_decimals_of(seed, dbt.concat(['parts.report_id', "'|'", 'parts.line_item']), 'share_pct') }}
            as share_decimals,
        {{ printed_decimals_of(seed, dbt.concat(['totals.report_id', "'|'", 'totals.total_item']), 'amount_wan_yuan') }}
            as total_decimals
    from {{ lines }}_placed as parts
    inner join {{ lines }}_sums as totals
        on parts.report_id = totals.report_id
    where parts.ordinal > 0 and parts.share_pct is not null

),

{{ check_id }} as (

    select
        {{ check_row(
            check_id, 'line_item', 'share_pct',
            'case when printed_total = 0 then 0 else 100 * amount_wan_yuan / printed_total end',
            'case when printed_total = 0 then ' ~ half_unit('share_decimals') ~ ' else '
                ~ rate_tolerance('share_decimals', 'amount_wan_yuan', 'printed_total', 'total_decimals') ~ ' end',
            ['amount_place', 'share_pct_place', 'printed_total_place'],
            missing='(amount_wan_yuan is null or printed_total is null)'
        ) }}
    from {{ check_id }}_inputs

),
{% endfor %}

final as (

    select * from income_identity
    union all
    select * from expenditure_identity
    union all
    select * from balance
    union all
    select * from fiscal_income_identity
    union all
    select * from fiscal_expenditure_identity
    union all
    select * from income_sources_sum
    union all
    select * from expenditure_types_sum
    union all
    select * from income_source_share
    union all
    select * from expenditure_type_share

)

select * from final
