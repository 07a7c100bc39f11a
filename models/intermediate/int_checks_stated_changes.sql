{#
    The changes from last year a paragraph states part by part (其中：财政拨款收入增加 14,458.07 万元，
    事业收入增加…; 其中：教育支出增加…; 1.教育支出比上年增加…) add up to the change it states for
    their total. One row per report and family of parts that states any such change, in the
    columns of macros/check_row.sql; the tolerance is the half units of every part and of the
    total. A family's total is the first of its lines that states a change (本年收入合计, where the
    report names it so, before 收入总计, the name the central template gives it); no total
    change stated makes the row missing.
#}
{%- set families = [
    {'subject': '收入比上年增减 = 各项收入增减之和', 'parts_seed': 'income_by_source', 'parts_key': '',
     'totals_seed': 'income_expenditure_totals', 'totals': ['本年收入合计', '收入总计']},
    {'subject': '支出比上年增减 = 各类支出增减之和', 'parts_seed': 'expenditure_by_class', 'parts_key': '全部资金|',
     'totals_seed': 'income_expenditure_totals', 'totals': ['本年支出合计', '支出总计']},
    {'subject': '财政拨款支出比上年增减 = 各类支出增减之和', 'parts_seed': 'expenditure_by_class',
     'parts_key': '财政拨款|', 'totals_seed': 'fiscal_appropriation_totals',
     'totals': ['财政拨款|本年支出', '财政拨款|支出总计']},
] -%}
{%- set part_lines = dbt.right('parts_lines_prefixed', dbt.length('parts_lines_prefixed') ~ ' - 1') -%}

with

transcribed_values as (

    select * from {{ ref('stg_transcribed_values') }}

),

changes as (

    select
        seed_name,
        report_id,
        row_key,
        number_value,
        printed_decimals,
        source_page,
        source_line,
        {{ place('source_page', 'source_line') }} as change_place
    from transcribed_values
    where column_name = 'yoy_change_wan_yuan' and number_value is not null

),

{% for family in families %}
parts_{{ loop.index }} as (

    select
        changes.report_id,
        sum(changes.number_value) as parts_sum,
        sum({{ half_unit('changes.printed_decimals') }}) as parts_rounding,
        {{ ordered_string_agg(
            dbt.concat(["';'", 'changes.change_place']), ['changes.source_page', 'changes.source_line']
        ) }} as parts_lines_prefixed
    from changes
    where
        changes.seed_name = '{{ family.parts_seed }}'
        and changes.row_key like {{ dbt.concat(['changes.report_id', "'|" ~ family.parts_key ~ "%'"]) }}
    group by changes.report_id

),

totals_{{ loop.index }} as (

    {# The family's total lines that state a change, the preferred first. #}
    select
        report_id,
        number_value as total_change,
        printed_decimals as total_decimals,
        change_place as total_place,
        row_number() over (
            partition by report_id
            order by case row_key
                {%- for total in family.totals %}
                when {{ dbt.concat(['report_id', "'|" ~ total ~ "'"]) }} then {{ loop.index }}
                {%- endfor %}
            end
        ) as preference
    from changes
    where
        seed_name = '{{ family.totals_seed }}'
        and row_key in (
            {%- for total in family.totals %}
            {{ dbt.concat(['report_id', "'|" ~ total ~ "'"]) }}{% if not loop.last %},{% endif %}
            {%- endfor %}
        )

),

sums_{{ loop.index }} as (

    select
        '{{ family.subject }}' as subject,
        parts_{{ loop.index }}.report_id,
        totals_{{ loop.index }}.total_change,
        totals_{{ loop.index }}.total_place,
        parts_{{ loop.index }}.parts_sum,
        parts_{{ loop.index }}.parts_rounding + {{ half_unit('totals_' ~ loop.index ~ '.total_decimals') }}
            as tolerance,
        parts_{{ loop.index }}.parts_lines_prefixed
    from parts_{{ loop.index }}
    left join totals_{{ loop.index }}
        on
            parts_{{ loop.index }}.report_id = totals_{{ loop.index }}.report_id
            and totals_{{ loop.index }}.preference = 1

),

{% endfor %}
sums as (

    {% for family in families %}
    select * from sums_{{ loop.index }}
    {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

final as (

    select
        {{ check_row(
            'stated_change_parts_sum', 'subject', 'total_change', 'parts_sum', 'tolerance',
            ['total_place', part_lines],
            missing='total_change is null'
        ) }}
    from sums

)

select * from final
