{#
    问题：哪些支出功能分类“项”级科目比上年增长最多？报告给出的原因是什么？
    读法：每个报告取比上年增加额（万元）最大的五个“项”（只取增加的），按报告、名次排列。
    增加额、增长率和原因均为公布数；上年数为计算值（本年数减增加额）。上年数为零的新增科目
    （is_new_line）报告一般印“增长 100%”，这只是惯例写法，不是真实增长率，所以这里按增加额
    而不是增长率排名。只公布到“款”级的报告（通城县）没有行。

    Question: which 项 lines of the functional classification grew most against the prior
    year, and what reason does the report give?
    How to read: for each report, the five 项 lines with the largest increase in 万元 (increases
    only), by report and rank. Change, growth rate and reason are as published; the prior-year
    amount is computed (amount − change). A line new this year (is_new_line: prior year zero) is
    printed as "增长 100%" by convention, which is no real rate, so lines are ranked by the
    increase in 万元, not by the rate. A report that prints no 项 lines (Tongcheng, 款 only) has
    no rows.
#}
{% set lines_per_report = 5 %}
with

expenditure_by_function as (

    select * from {{ ref('fct_expenditure_by_function') }}

),

increases as (

    select
        report_id,
        subject_code,
        class_name,
        kuan_name,
        item_name,
        amount_wan_yuan,
        prior_year_amount_wan_yuan,
        yoy_change_wan_yuan,
        yoy_growth_pct,
        reason,
        amount_wan_yuan_line,
        yoy_change_wan_yuan_line,
        reason_line,
        coalesce(prior_year_amount_wan_yuan = 0, false) as is_new_line,
        row_number() over (
            partition by report_id
            order by yoy_change_wan_yuan desc, subject_code asc
        ) as increase_rank
    from expenditure_by_function
    where
        line_level = '项'
        and yoy_change_wan_yuan > 0

),

final as (

    select
        report_id,
        increase_rank,
        subject_code,
        class_name,
        kuan_name,
        item_name,
        amount_wan_yuan,
        prior_year_amount_wan_yuan,
        yoy_change_wan_yuan,
        yoy_growth_pct,
        is_new_line,
        reason,
        amount_wan_yuan_line,
        yoy_change_wan_yuan_line,
        reason_line
    from increases
    where increase_rank <= {{ lines_per_report }}

)

select
    report_id,
    increase_rank,
    subject_code,
    class_name,
    kuan_name,
    item_name,
    amount_wan_yuan,
    prior_year_amount_wan_yuan,
    yoy_change_wan_yuan,
    yoy_growth_pct,
    is_new_line,
    reason,
    amount_wan_yuan_line,
    yoy_change_wan_yuan_line,
    reason_line
from final
order by report_id, increase_rank
