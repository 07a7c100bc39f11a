{#
    问题：各单位一般公共预算财政拨款支出按功能分类“类”怎么分布？（每个报告一列）
    读法：每个“类”一行（按科目编码），最后一行为合计；每个报告两列：金额（万元，公布数）和
    占比（%，公布数）。空值表示该报告没有这一“类”的支出。合计行的金额是各“类”公布金额之和
    （计算值），占比是公布占比之和，因四舍五入可能与公布的总数差一点（昌吉各“类”合计 2638.25，
    公布总数 2638.26）。从决算报表读取的报告（PDF）取一般公共预算财政拨款支出决算表的“类”行，报表不印
    占比，占比为空。reports_with_class 为有这一“类”的报告数。加入新报告时把它的 report_id
    加到下面的 report_ids 列表。

    Question: how is each unit's general public budget expenditure spread over the 类 of the
    functional classification, one column per report?
    How to read: one row per 类 (by subject code), then a total row; two columns per report: the
    published amount (万元) and the published share (%). Empty means the report has no spending
    in that 类. The total row adds the published amounts and shares (computed), so it may differ
    from the published total by rounding (Changji's 类 add up to 2638.25 against a printed
    2638.26). A report read from its statement tables (PDF) takes the 类 lines of its general
    budget table, which prints no shares, so its share is empty. reports_with_class counts the
    reports with that 类. To add a report, add its report_id to report_ids below.
#}
{% set report_ids = [
    'changji_hrss_2023', 'shanghai_putuo_finance_2024', 'southwest_university_2023_final', 'tongcheng_hrss_2023',
    'yanqi_social_insurance_2023'
] %}
with

expenditure_by_function_class as (

    select * from {{ ref('fct_expenditure_by_function_class') }}

),

function_subjects as (

    select * from {{ ref('dim_function_subject') }}

),

class_lines as (

    {# The official name of the 类, since reports print some names differently (社会保障和就业). #}
    select
        expenditure_by_function_class.report_id,
        expenditure_by_function_class.class_code,
        function_subjects.subject_name as class_name,
        expenditure_by_function_class.amount_wan_yuan,
        expenditure_by_function_class.share_pct
    from expenditure_by_function_class
    inner join function_subjects
        on expenditure_by_function_class.class_code = function_subjects.subject_code

),

classes as (

    select
        class_code,
        class_name,
        0 as row_group,
        {% for report_id in report_ids %}
        max(case when report_id = '{{ report_id }}' then amount_wan_yuan end) as {{ report_id }}_wan_yuan,
        max(case when report_id = '{{ report_id }}' then share_pct end) as {{ report_id }}_share_pct,
        {% endfor %}
        count(distinct report_id) as reports_with_class
    from class_lines
    group by class_code, class_name

),

total as (

    select
        cast(null as {{ dbt.type_string() }}) as class_code,
        '合计' as class_name,
        1 as row_group,
        {% for report_id in report_ids %}
        sum(case when report_id = '{{ report_id }}' then amount_wan_yuan end) as {{ report_id }}_wan_yuan,
        sum(case when report_id = '{{ report_id }}' then share_pct end) as {{ report_id }}_share_pct,
        {% endfor %}
        count(distinct report_id) as reports_with_class
    from class_lines

),

final as (

    select * from classes
    union all
    select * from total

)

select
    class_code,
    class_name,
    {% for report_id in report_ids %}
    {{ report_id }}_wan_yuan,
    {{ report_id }}_share_pct,
    {% endfor %}
    reports_with_class
from final
order by row_group asc, class_code asc
