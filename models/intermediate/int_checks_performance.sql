{#
    Checks of the performance self-evaluation tables (绩效自评表) and of the performance
    paragraphs of the report text: the arithmetic of each table (execution rate, funds by
    source, weights and scores), scoring anomalies (missed targets and under-execution scored
    in full, completion over 100%), the summary paragraph and Tongcheng's project paragraphs
    against the tables, and the tables against the accounts. One row per comparison
    (macros/check_row.sql).

    Tables are named in subjects by their number within the report and the project's (or, for
    the department-level table, the unit's) name: "16 州劳动保障大厦搬迁配楼工作经费"; an
    indicator by table and row: "3-1 发放补贴人数".
#}

{%- set fund_columns = [
    ('initial_budget_wan_yuan', '年初预算数'),
    ('full_year_budget_wan_yuan', '全年预算数'),
    ('executed_wan_yuan', '全年执行数'),
] -%}

{#- Summary-paragraph figures (performance_summary.figure_name) and what they count or add up. -#}
{%- set table_count_figures = [
    ('整体支出绩效自评表数', 'department'),
    ('绩效评价项目数', 'project'),
    ('自评项目数', 'project'),
] -%}
{%- set project_funds_figures = [
    ('项目全年预算数', 'full_year_budget_wan_yuan'),
    ('自评项目资金', 'full_year_budget_wan_yuan'),
    ('整体自评表项目支出总额', 'full_year_budget_wan_yuan'),
    ('项目全年执行数', 'executed_wan_yuan'),
] -%}
{%- set department_total_figures = [
    ('整体支出全年预算总额', 'full_year_budget_wan_yuan'),
    ('整体支出实际执行总额', 'executed_wan_yuan'),
] -%}

with

performance_projects as (

    select * from {{ ref('fct_performance_project') }}

),

performance_departments as (

    select * from {{ ref('fct_performance_department') }}

),

performance_funds as (

    select * from {{ ref('fct_performance_fund') }}

),

performance_indicators as (

    select * from {{ ref('fct_performance_indicator') }}

),

performance_summary as (

    select * from {{ ref('fct_performance_summary') }}

),

income_expenditure_totals as (

    select * from {{ ref('stg_income_expenditure_totals') }}

),

expenditure_by_type as (

    select * from {{ ref('stg_expenditure_by_type') }}

),

evaluation_tables as (

    {# Both levels of table in one shape. Only project tables print a 总分 分值 or a block weight (Hubei's （80 分）). #}
    select
        report_id,
        evaluation_no,
        'project' as evaluation_level,
        evaluation_template,
        {{ dbt.concat([as_text('evaluation_no'), "' '", 'project_name']) }} as table_label,
        indicator_weight,
        {{ place_of('indicator_weight') }} as indicator_weight_place,
        total_weight,
        {{ place_of('total_weight') }} as total_weight_place,
        total_score,
        {{ place_of('total_score') }} as total_score_place,
        execution_weight,
        {{ place_of('execution_weight') }} as execution_weight_place,
        execution_score,
        {{ place_of('execution_score') }} as execution_score_place,
        {{ as_number('null') }} as goal_weight_sum
    from performance_projects

    union all

    select
        report_id,
        evaluation_no,
        'department' as evaluation_level,
        evaluation_template,
        {{ dbt.concat([as_text('evaluation_no'), "' '", 'unit_name']) }} as table_label,
        {{ as_number('null') }} as indicator_weight,
        {{ as_text('null') }} as indicator_weight_place,
        {{ as_number('null') }} as total_weight,
        {{ as_text('null') }} as total_weight_place,
        total_score,
        {{ place_of('total_score') }} as total_score_place,
        execution_weight,
        {{ place_of('execution_weight') }} as execution_weight_place,
        execution_score,
        {{ place_of('execution_score') }} as execution_score_place,
        goal_weight_sum
    from performance_departments

),

evaluation_tables_with_decimals as (

    select
        evaluation_tables.*,
        {{ printed_decimals_of('performance_evaluations',
            dbt.concat(['evaluation_tables.report_id', "'|'", as_text('evaluation_tables.evaluation_no')]),
            'total_weight') }} as total_weight_decimals,
        {{ printed_decimals_of('performance_evaluations',
            dbt.concat(['evaluation_tables.report_id', "'|'", as_text('evaluation_tables.evaluation_no')]),
            'total_score') }} as total_score_decimals
    from evaluation_tables

),

funds as (

    {#
        Every funding row with its table and the printed precision of its figures. On a
        department table the rate printed next to the score weight covers the whole table
        (Changji prints 93.85% once, on its 中央安排 row: 合计 3008.60 / 3205.90).
    #}
    select
        performance_funds.report_id,
        performance_funds.evaluation_no,
        performance_funds.evaluation_level,
        performance_funds.fund_ordinal,
        performance_funds.fund_source,
        performance_funds.fund_source_code,
        performance_funds.initial_budget_wan_yuan,
        {{ place_of('performance_funds.initial_budget_wan_yuan') }} as initial_budget_wan_yuan_place,
        performance_funds.full_year_budget_wan_yuan,
        {{ place_of('performance_funds.full_year_budget_wan_yuan') }} as full_year_budget_wan_yuan_place,
        performance_funds.executed_wan_yuan,
        {{ place_of('performance_funds.executed_wan_yuan') }} as executed_wan_yuan_place,
        performance_funds.weight,
        {{ place_of('performance_funds.weight') }} as weight_place,
        performance_funds.execution_rate_pct,
        {{ place_of('performance_funds.execution_rate_pct') }} as execution_rate_pct_place,
        performance_funds.score,
        {{ place_of('performance_funds.score') }} as score_place,
        evaluation_tables.evaluation_template,
        evaluation_tables.table_label,
        (
            performance_funds.evaluation_level = 'department'
            and performance_funds.weight is not null
            and performance_funds.fund_source_code <> 'total'
        ) as is_whole_table_rate,
        {% for column in ['initial_budget_wan_yuan', 'full_year_budget_wan_yuan', 'executed_wan_yuan',
                          'execution_rate_pct', 'weight', 'score'] %}
        {{ printed_decimals_of('performance_funds',
            dbt.concat(['performance_funds.report_id', "'|'", as_text('performance_funds.evaluation_no'), "'|'",
                        as_text('performance_funds.fund_ordinal')]),
            column) }} as {{ column }}_decimals{% if not loop.last %},{% endif %}
        {% endfor %}
    from performance_funds
    inner join evaluation_tables
        on
            performance_funds.report_id = evaluation_tables.report_id
            and performance_funds.evaluation_no = evaluation_tables.evaluation_no

),

fund_totals as (

    select * from funds
    where fund_source_code = 'total'

),

indicators as (

    select
        performance_indicators.report_id,
        performance_indicators.evaluation_no,
        performance_indicators.indicator_ordinal,
        {{ dbt.concat([
            as_text('performance_indicators.evaluation_no'), "'-'",
            as_text('performance_indicators.indicator_ordinal'),
            "' '", 'performance_indicators.indicator_name'
        ]) }} as indicator_label,
        performance_indicators.goal_no,
        performance_indicators.goal_weight,
        {{ place_of('performance_indicators.goal_weight') }} as goal_weight_place,
        performance_indicators.target_value,
        {{ place_of('performance_indicators.target_text') }} as target_text_place,
        performance_indicators.actual_operator,
        performance_indicators.actual_value,
        performance_indicators.actual_unit,
        {{ place_of('performance_indicators.actual_text') }} as actual_text_place,
        performance_indicators.weight,
        {{ place_of('performance_indicators.weight') }} as weight_place,
        performance_indicators.score,
        {{ place_of('performance_indicators.score') }} as score_place,
        performance_indicators.completion_rate_pct,
        {{ place_of('performance_indicators.completion_rate_pct') }} as completion_rate_pct_place,
        performance_indicators.is_missed_but_full_score,
        evaluation_tables.evaluation_template,
        {{ printed_decimals_of('performance_indicators',
            dbt.concat(['performance_indicators.report_id', "'|'",
                        as_text('performance_indicators.evaluation_no'), "'|'",
                        as_text('performance_indicators.indicator_ordinal')]),
            'completion_rate_pct') }} as completion_rate_decimals
    from performance_indicators
    inner join evaluation_tables
        on
            performance_indicators.report_id = evaluation_tables.report_id
            and performance_indicators.evaluation_no = evaluation_tables.evaluation_no

),

indicator_blocks as (

    {# The indicators of a table as a whole: their weights and scores added up, and which are not printed. #}
    select
        report_id,
        evaluation_no,
        count(*) as indicator_count,
        sum(weight) as weight_sum,
        sum(case when weight is null then 1 else 0 end) as weights_not_printed,
        sum(score) as score_sum,
        sum(case when score is null then 1 else 0 end) as scores_not_printed,
        {{ dbt.listagg(as_text('weight_place'), "';'", 'order by indicator_ordinal') }} as weight_places,
        {{ dbt.listagg(as_text('score_place'), "';'", 'order by indicator_ordinal') }} as score_places
    from indicators
    group by
        report_id,
        evaluation_no

),

goal_blocks as (

    {# Hubei's department table: the indicators grouped under each numbered 年度目标 and its weight. #}
    select
        report_id,
        evaluation_no,
        goal_no,
        max(goal_weight) as goal_weight,
        max(goal_weight_place) as goal_weight_place,
        count(*) as indicator_count,
        sum(score) as score_sum,
        sum(case when score is null then 1 else 0 end) as scores_not_printed,
        {{ dbt.listagg(as_text('score_place'), "';'", 'order by indicator_ordinal') }} as score_places
    from indicators
    where goal_no is not null
    group by
        report_id,
        evaluation_no,
        goal_no

),

goal_weight_places as (

    select
        report_id,
        evaluation_no,
        {{ dbt.listagg(as_text('goal_weight_place'), "';'", 'order by goal_no') }} as goal_weight_places
    from goal_blocks
    group by
        report_id,
        evaluation_no

),

summary_figures as (

    select
        performance_summary.report_id,
        performance_summary.figure_name,
        performance_summary.figure_value,
        {{ place('performance_summary.figure_value_page', 'performance_summary.figure_value_line') }}
            as figure_value_place,
        {{ printed_decimals_of('performance_summary',
            dbt.concat(['performance_summary.report_id', "'|'", 'performance_summary.figure_name']),
            'value') }} as figure_decimals
    from performance_summary

),

project_totals as (

    {# The project tables of a report added up (computed: no report prints this sum as such). #}
    select
        report_id,
        count(*) as table_count,
        sum(full_year_budget_wan_yuan) as full_year_budget_wan_yuan,
        sum(case when full_year_budget_wan_yuan is null then 1 else 0 end) as full_year_budget_wan_yuan_not_printed,
        {{ dbt.listagg(place_of('full_year_budget_wan_yuan'), "';'", 'order by evaluation_no') }}
            as full_year_budget_wan_yuan_places,
        sum(executed_wan_yuan) as executed_wan_yuan,
        sum(case when executed_wan_yuan is null then 1 else 0 end) as executed_wan_yuan_not_printed,
        {{ dbt.listagg(place_of('executed_wan_yuan'), "';'", 'order by evaluation_no') }}
            as executed_wan_yuan_places
    from performance_projects
    group by report_id

),

table_counts as (

    select
        report_id,
        sum(case when evaluation_level = 'department' then 1 else 0 end) as department_table_count,
        sum(case when evaluation_level = 'project' then 1 else 0 end) as project_table_count
    from evaluation_tables
    group by report_id

),

account_figures as (

    {# The accounts' figures the department table and the projects are compared with. #}
    select
        report_id,
        line_item,
        amount_wan_yuan,
        {{ place_of('amount_wan_yuan') }} as amount_wan_yuan_place,
        {{ printed_decimals_of('income_expenditure_totals',
            dbt.concat(['income_expenditure_totals.report_id', "'|'", 'income_expenditure_totals.line_item']),
            'amount_wan_yuan') }} as amount_decimals
    from income_expenditure_totals
    where line_item in ('收入总计', '本年支出合计')

    union all

    select
        report_id,
        line_item,
        amount_wan_yuan,
        {{ place_of('amount_wan_yuan') }} as amount_wan_yuan_place,
        {{ printed_decimals_of('expenditure_by_type',
            dbt.concat(['expenditure_by_type.report_id', "'|'", 'expenditure_by_type.line_item']),
            'amount_wan_yuan') }} as amount_decimals
    from expenditure_by_type
    where line_item in ('基本支出', '项目支出')

),

{# ---------------------------------------------------------------- perf_execution_rate #}

execution_rate_inputs as (

    select
        funds.report_id,
        funds.table_label,
        funds.fund_source,
        funds.execution_rate_pct,
        funds.execution_rate_pct_place,
        funds.execution_rate_pct_decimals,
        case
            when funds.is_whole_table_rate then fund_totals.full_year_budget_wan_yuan
            else funds.full_year_budget_wan_yuan
        end as budget,
        case
            when funds.is_whole_table_rate then fund_totals.full_year_budget_wan_yuan_place
            else funds.full_year_budget_wan_yuan_place
        end as budget_place,
        case
            when funds.is_whole_table_rate then fund_totals.full_year_budget_wan_yuan_decimals
            else funds.full_year_budget_wan_yuan_decimals
        end as budget_decimals,
        case
            when funds.is_whole_table_rate then fund_totals.executed_wan_yuan
            else funds.executed_wan_yuan
        end as executed,
        case
            when funds.is_whole_table_rate then fund_totals.executed_wan_yuan_place
            else funds.executed_wan_yuan_place
        end as executed_place,
        case
            when funds.is_whole_table_rate then fund_totals.executed_wan_yuan_decimals
            else funds.executed_wan_yuan_decimals
        end as executed_decimals
    from funds
    left join fund_totals
        on
            funds.report_id = fund_totals.report_id
            and funds.evaluation_no = fund_totals.evaluation_no
    where funds.execution_rate_pct is not null

),

execution_rate as (

    {# Nothing budgeted and nothing executed is printed as a rate of 0% (Yanqi): 0 / 0 counts as 0. #}
    select
        {{ check_row(
            'perf_execution_rate',
            dbt.concat(['table_label', "' / '", 'fund_source']),
            'execution_rate_pct',
            'case when budget <> 0 then 100 * executed / budget when executed = 0 then 0 end',
            'case when budget is null or executed is null or budget = 0 then '
                ~ half_unit('execution_rate_pct_decimals') ~ ' else '
                ~ rate_tolerance('execution_rate_pct_decimals', 'executed', 'budget',
                                 'least(coalesce(budget_decimals, 2), coalesce(executed_decimals, 2))')
                ~ ' end',
            ['execution_rate_pct_place', 'executed_place', 'budget_place'],
            missing='(budget is null or executed is null)'
        ) }}
    from execution_rate_inputs

),

{# ---------------------------------------------------------------- perf_funds_sum #}

fund_parts as (

    {#
        The rows by source of a table against its total row: 其中：当年财政拨款 + 其他资金 =
        年度资金总额 (project tables), 中央 + 自治区 + 地（州、市）+ 县（市、区）+ 其他 = 合计
        (department tables). Hubei's tables print the total row only and have no parts.
    #}
    select
        report_id,
        evaluation_no,
        table_label,
        {% for column, label in fund_columns %}
        {% set part_place = "case when fund_source_code <> 'total' then " ~ column ~ "_place end" %}
        sum(case when fund_source_code <> 'total' then {{ column }} end) as {{ column }}_parts,
        sum(case when fund_source_code <> 'total' and {{ column }} is null then 1 else 0 end)
            as {{ column }}_parts_not_printed,
        sum(case when fund_source_code <> 'total' and {{ column }} is not null then 1 else 0 end)
            as {{ column }}_parts_printed,
        {{ dbt.listagg(as_text(part_place), "';'", 'order by fund_ordinal') }} as {{ column }}_part_places,
        {% endfor %}
        sum(case when fund_source_code <> 'total' then 1 else 0 end) as part_count
    from funds
    group by
        report_id,
        evaluation_no,
        table_label

),

funds_sum as (

    {# A column the table prints for no row (Hubei's 年初预算数) is not compared. #}
    {% for column, label in fund_columns %}
    select
        {{ check_row(
            'perf_funds_sum',
            dbt.concat(['fund_parts.table_label', "' / " ~ label ~ "'"]),
            'fund_totals.' ~ column,
            'fund_parts.' ~ column ~ '_parts',
            sum_tolerance('fund_parts.part_count', 'fund_totals.' ~ column ~ '_decimals'),
            ['fund_totals.' ~ column ~ '_place', 'fund_parts.' ~ column ~ '_part_places'],
            missing='(fund_totals.' ~ column ~ ' is null or fund_parts.' ~ column ~ '_parts_not_printed > 0)',
            report_id='fund_parts.report_id'
        ) }}
    from fund_parts
    left join fund_totals
        on
            fund_parts.report_id = fund_totals.report_id
            and fund_parts.evaluation_no = fund_totals.evaluation_no
    where
        fund_parts.part_count > 0
        and (fund_totals.{{ column }} is not null or fund_parts.{{ column }}_parts_printed > 0)
    {% if not loop.last %}
    union all
    {% endif %}
    {% endfor %}

),

{# ---------------------------------------------------------------- perf_execution_score #}

execution_score as (

    {#
        Only the Hubei template states its rule: 得分（20 分*执行率）, i.e. weight × rate, at most
        the weight. The Xinjiang templates state none (their scores follow no single rule).
    #}
    select
        {{ check_row(
            'perf_execution_score',
            dbt.concat(['table_label', "' / 预算执行得分'"]),
            'score',
            'case when execution_rate_pct >= 100 then weight else weight * execution_rate_pct / 100 end',
            half_unit('score_decimals') ~ ' + coalesce(weight, 0) * '
                ~ half_unit('execution_rate_pct_decimals') ~ ' / 100',
            ['score_place', 'weight_place', 'execution_rate_pct_place'],
            missing='(score is null or execution_rate_pct is null)'
        ) }}
    from funds
    where
        evaluation_template = 'hubei'
        and weight is not null

),

{# ---------------------------------------------------------------- perf_score_within_weight #}

score_within_weight as (

    {#
        A score is awarded out of its weight, so even rounded it cannot exceed it: no tolerance.
        The same holds for a sum of scores against the weight of their block.
    #}
    select
        {{ check_row(
            'perf_score_within_weight', 'indicator_label', 'score', 'weight', '0',
            ['score_place', 'weight_place'],
            missing='(score is null or weight is null)', comparison='at_most'
        ) }}
    from indicators
    {# Hubei prints no weight per indicator, only per block (below). #}
    where evaluation_template <> 'hubei'

    union all

    select
        {{ check_row(
            'perf_score_within_weight', dbt.concat(['table_label', "' / 预算执行得分'"]), 'score', 'weight', '0',
            ['score_place', 'weight_place'],
            missing='(score is null)', comparison='at_most'
        ) }}
    from funds
    where weight is not null

    union all

    select
        {{ check_row(
            'perf_score_within_weight',
            dbt.concat(['evaluation_tables.table_label', "' / 年度绩效指标得分'"]),
            'indicator_blocks.score_sum', 'evaluation_tables.indicator_weight', '0',
            ['indicator_blocks.score_places', 'evaluation_tables.indicator_weight_place'],
            missing='(indicator_blocks.score_sum is null or indicator_blocks.scores_not_printed > 0)',
            comparison='at_most', report_id='evaluation_tables.report_id'
        ) }}
    from evaluation_tables
    left join indicator_blocks
        on
            evaluation_tables.report_id = indicator_blocks.report_id
            and evaluation_tables.evaluation_no = indicator_blocks.evaluation_no
    where evaluation_tables.indicator_weight is not null

    union all

    select
        {{ check_row(
            'perf_score_within_weight',
            dbt.concat(['evaluation_tables.table_label', "' / 年度目标 '", as_text('goal_blocks.goal_no')]),
            'goal_blocks.score_sum', 'goal_blocks.goal_weight', '0',
            ['goal_blocks.score_places', 'goal_blocks.goal_weight_place'],
            missing='(goal_blocks.goal_weight is null or goal_blocks.scores_not_printed > 0)',
            comparison='at_most', report_id='goal_blocks.report_id'
        ) }}
    from goal_blocks
    inner join evaluation_tables
        on
            goal_blocks.report_id = evaluation_tables.report_id
            and goal_blocks.evaluation_no = evaluation_tables.evaluation_no

),

{# ---------------------------------------------------------------- perf_weight_sum #}

weight_sum_inputs as (

    {#
        The weights of a table add up to its full mark: the 分值 of its 总分 row where printed,
        else 100. The indicators' part is the sum of their weights (Xinjiang), or the weight of
        the indicator block (Hubei projects: 年度绩效指标（80 分）), or the sum of the numbered
        goals' weights (Hubei's department table). A department table that prints no weight for
        its funds (Yanqi) has no full mark to check.
    #}
    select
        evaluation_tables.report_id,
        evaluation_tables.table_label,
        coalesce(evaluation_tables.total_weight, 100) as full_mark,
        evaluation_tables.total_weight_place,
        coalesce(evaluation_tables.total_weight_decimals, weight_rows.weight_decimals) as full_mark_decimals,
        case
            when evaluation_tables.evaluation_template = 'hubei' and evaluation_tables.evaluation_level = 'project'
                then evaluation_tables.indicator_weight
            when evaluation_tables.evaluation_template = 'hubei'
                then evaluation_tables.goal_weight_sum
            when indicator_blocks.weights_not_printed = 0 then indicator_blocks.weight_sum
        end as indicator_part,
        case
            when evaluation_tables.evaluation_template = 'hubei' and evaluation_tables.evaluation_level = 'project'
                then {{ as_text('evaluation_tables.indicator_weight_place') }}
            when evaluation_tables.evaluation_template = 'hubei'
                then goal_weight_places.goal_weight_places
            else indicator_blocks.weight_places
        end as indicator_part_places,
        evaluation_tables.execution_weight,
        evaluation_tables.execution_weight_place
    from evaluation_tables_with_decimals as evaluation_tables
    left join indicator_blocks
        on
            evaluation_tables.report_id = indicator_blocks.report_id
            and evaluation_tables.evaluation_no = indicator_blocks.evaluation_no
    left join goal_weight_places
        on
            evaluation_tables.report_id = goal_weight_places.report_id
            and evaluation_tables.evaluation_no = goal_weight_places.evaluation_no
    left join funds as weight_rows
        on
            evaluation_tables.report_id = weight_rows.report_id
            and evaluation_tables.evaluation_no = weight_rows.evaluation_no
            and weight_rows.weight is not null
    where
        evaluation_tables.evaluation_level = 'project'
        or evaluation_tables.execution_weight is not null

),

weight_sum as (

    {# Weights are allotted, not measured: no part is rounded, only the full mark's printed digit counts. #}
    select
        {{ check_row(
            'perf_weight_sum',
            dbt.concat(['table_label', "' / 分值合计'"]),
            'full_mark',
            'indicator_part + execution_weight',
            half_unit('full_mark_decimals'),
            ['total_weight_place', 'execution_weight_place', 'indicator_part_places'],
            missing='(indicator_part is null or execution_weight is null)'
        ) }}
    from weight_sum_inputs

),

{# ---------------------------------------------------------------- perf_score_sum #}

score_sum as (

    select
        {{ check_row(
            'perf_score_sum',
            dbt.concat(['evaluation_tables.table_label', "' / 总分'"]),
            'evaluation_tables.total_score',
            'indicator_blocks.score_sum + evaluation_tables.execution_score',
            sum_tolerance('coalesce(indicator_blocks.indicator_count, 0) + 1',
                          'evaluation_tables.total_score_decimals'),
            ['evaluation_tables.total_score_place', 'evaluation_tables.execution_score_place',
             'indicator_blocks.score_places'],
            missing='(evaluation_tables.execution_score is null or indicator_blocks.score_sum is null'
                ~ ' or indicator_blocks.scores_not_printed > 0)',
            report_id='evaluation_tables.report_id'
        ) }}
    from evaluation_tables_with_decimals as evaluation_tables
    left join indicator_blocks
        on
            evaluation_tables.report_id = indicator_blocks.report_id
            and evaluation_tables.evaluation_no = indicator_blocks.evaluation_no
    where evaluation_tables.total_score is not null

),

{# ---------------------------------------------------------------- scoring anomalies (flags) #}

missed_target_full_score as (

    {# fct_performance_indicator decides: a quantity target, a comparable actual that misses it, and score = weight. #}
    select
        {{ check_row(
            'perf_missed_target_full_score', 'indicator_label', 'actual_value', 'target_value', half_unit('null'),
            ['target_text_place', 'actual_text_place', 'score_place', 'weight_place'],
            comparison='flag'
        ) }}
    from indicators
    where is_missed_but_full_score

),

execution_full_score as (

    {#
        Where no rule is stated (the Xinjiang templates), budget execution scored in full though
        the rate printed with it is below 100% by more than the score's rounding could hide
        (99.95% of 10 points prints 10.00; 97.58% does not).
    #}
    select
        {{ check_row(
            'perf_execution_full_score_under_100',
            dbt.concat(['table_label', "' / 预算执行得分'"]),
            'execution_rate_pct', '100', half_unit('execution_rate_pct_decimals'),
            ['execution_rate_pct_place', 'score_place', 'weight_place'],
            comparison='flag'
        ) }}
    from funds
    where
        evaluation_template <> 'hubei'
        and weight is not null
        and score = weight
        and weight * execution_rate_pct / 100 + {{ half_unit('score_decimals') }} < weight

),

completion_over_100 as (

    {# A completion rate (完成率) over 100, and a rate printed as the actual (满意度 =106%) over 100%. #}
    select
        {{ check_row(
            'perf_completion_over_100',
            dbt.concat(['indicator_label', "' / 完成率'"]),
            'completion_rate_pct', '100', half_unit('completion_rate_decimals'),
            ['completion_rate_pct_place'],
            comparison='flag'
        ) }}
    from indicators
    where completion_rate_pct > 100

    union all

    select
        {{ check_row(
            'perf_completion_over_100',
            dbt.concat(['indicator_label', "' / 实际完成值'"]),
            'actual_value', '100', half_unit('null'),
            ['actual_text_place'],
            comparison='flag'
        ) }}
    from indicators
    where
        {{ squeeze_whitespace('actual_unit') }} = '%'
        and actual_value > 100
        and coalesce(actual_operator, '=') in ('=', '>=', '>')

),

{# ---------------------------------------------------------------- summary paragraph #}

project_count as (

    {% for figure_name, level in table_count_figures %}
    select
        {{ check_row(
            'perf_project_count', 'summary_figures.figure_name', 'summary_figures.figure_value',
            'coalesce(table_counts.' ~ level ~ '_table_count, 0)', half_unit('summary_figures.figure_decimals'),
            ['summary_figures.figure_value_place'],
            report_id='summary_figures.report_id'
        ) }}
    from summary_figures
    left join table_counts
        on summary_figures.report_id = table_counts.report_id
    where summary_figures.figure_name = '{{ figure_name }}'
    {% if not loop.last %}
    union all
    {% endif %}
    {% endfor %}

),

project_funds_total as (

    {% for figure_name, column in project_funds_figures %}
    select
        {{ check_row(
            'perf_project_funds_total', 'summary_figures.figure_name', 'summary_figures.figure_value',
            'project_totals.' ~ column,
            sum_tolerance('coalesce(project_totals.table_count, 0)', 'summary_figures.figure_decimals'),
            ['summary_figures.figure_value_place', 'project_totals.' ~ column ~ '_places'],
            missing='(project_totals.' ~ column ~ ' is null or project_totals.' ~ column ~ '_not_printed > 0)',
            report_id='summary_figures.report_id'
        ) }}
    from summary_figures
    left join project_totals
        on summary_figures.report_id = project_totals.report_id
    where summary_figures.figure_name = '{{ figure_name }}'
    {% if not loop.last %}
    union all
    {% endif %}
    {% endfor %}

),

summary_department_total as (

    {% for figure_name, column in department_total_figures %}
    select
        {{ check_row(
            'perf_summary_department_total', 'summary_figures.figure_name', 'summary_figures.figure_value',
            'fund_totals.' ~ column,
            restatement_tolerance(
                'summary_figures.figure_decimals',
                'fund_totals.' ~ column ~ '_decimals'
            ),
            ['summary_figures.figure_value_place', 'fund_totals.' ~ column ~ '_place'],
            missing='(fund_totals.' ~ column ~ ' is null)',
            report_id='summary_figures.report_id'
        ) }}
    from summary_figures
    left join fund_totals
        on
            summary_figures.report_id = fund_totals.report_id
            and fund_totals.evaluation_level = 'department'
    where summary_figures.figure_name = '{{ figure_name }}'
    {% if not loop.last %}
    union all
    {% endif %}
    {% endfor %}

),

{# ---------------------------------------------------------------- perf_paragraph_vs_table #}

paragraph_inputs as (

    {# Tongcheng's numbered project paragraphs, matched to their tables by fct_performance_project. #}
    select
        performance_projects.report_id,
        {{ dbt.concat([as_text('performance_projects.evaluation_no'), "' '", 'performance_projects.project_name']) }}
            as table_label,
        performance_projects.paragraph_budget_wan_yuan,
        {{ place_of('performance_projects.paragraph_budget_wan_yuan') }} as paragraph_budget_wan_yuan_place,
        performance_projects.paragraph_executed_wan_yuan,
        {{ place_of('performance_projects.paragraph_executed_wan_yuan') }} as paragraph_executed_wan_yuan_place,
        performance_projects.paragraph_completion_pct,
        {{ place_of('performance_projects.paragraph_completion_pct') }} as paragraph_completion_pct_place,
        performance_projects.full_year_budget_wan_yuan,
        {{ place_of('performance_projects.full_year_budget_wan_yuan') }} as full_year_budget_wan_yuan_place,
        performance_projects.executed_wan_yuan,
        {{ place_of('performance_projects.executed_wan_yuan') }} as executed_wan_yuan_place,
        performance_projects.execution_rate_pct,
        {{ place_of('performance_projects.execution_rate_pct') }} as execution_rate_pct_place,
        {% for column in ['budget_wan_yuan', 'executed_wan_yuan', 'completion_pct'] %}
        {{ printed_decimals_of('performance_project_paragraphs',
            dbt.concat(['performance_projects.report_id', "'|'", as_text('performance_projects.paragraph_ordinal')]),
            column) }} as paragraph_{{ column }}_decimals,
        {% endfor %}
        fund_totals.full_year_budget_wan_yuan_decimals,
        fund_totals.executed_wan_yuan_decimals,
        fund_totals.execution_rate_pct_decimals
    from performance_projects
    left join fund_totals
        on
            performance_projects.report_id = fund_totals.report_id
            and performance_projects.evaluation_no = fund_totals.evaluation_no
    where performance_projects.paragraph_ordinal is not null

),

paragraph_vs_table as (

    {% for paragraph_column, table_column, label in [
        ('budget_wan_yuan', 'full_year_budget_wan_yuan', '预算数'),
        ('executed_wan_yuan', 'executed_wan_yuan', '执行数'),
        ('completion_pct', 'execution_rate_pct', '完成预算'),
    ] %}
    select
        {{ check_row(
            'perf_paragraph_vs_table',
            dbt.concat(['table_label', "' / " ~ label ~ "'"]),
            'paragraph_' ~ paragraph_column,
            table_column,
            restatement_tolerance(
                'paragraph_' ~ paragraph_column ~ '_decimals',
                table_column ~ '_decimals'
            ),
            ['paragraph_' ~ paragraph_column ~ '_place', table_column ~ '_place'],
            missing='(paragraph_' ~ paragraph_column ~ ' is null or ' ~ table_column ~ ' is null)'
        ) }}
    from paragraph_inputs
    {% if not loop.last %}
    union all
    {% endif %}
    {% endfor %}

),

{# ---------------------------------------------------------------- against the accounts #}

department_vs_accounts as (

    {#
        A Xinjiang department table covers the whole department: its 合计 全年预算数 is the
        money available (收入总计) and its 执行数 what was spent (本年支出合计). Hubei's covers
        the department's projects (部门整体支出总额 = 项目支出总额) and prints 基本支出总额 and
        项目支出总额 in its header, which the accounts print as 基本支出 and 项目支出.
    #}
    {% for table_column, subject, account_item in [
        ('full_year_budget_wan_yuan', '全年预算数', '收入总计'),
        ('executed_wan_yuan', '全年执行数', '本年支出合计'),
    ] %}
    select
        {{ check_row(
            'perf_department_total_vs_accounts',
            dbt.concat(['fund_totals.table_label', "' / " ~ subject ~ " = " ~ account_item ~ "'"]),
            'fund_totals.' ~ table_column,
            'account_lines.amount_wan_yuan',
            restatement_tolerance(
                'fund_totals.' ~ table_column ~ '_decimals',
                'account_lines.amount_decimals'
            ),
            ['fund_totals.' ~ table_column ~ '_place', 'account_lines.amount_wan_yuan_place'],
            missing='(fund_totals.' ~ table_column ~ ' is null or account_lines.amount_wan_yuan is null)',
            report_id='fund_totals.report_id'
        ) }}
    from fund_totals
    left join account_figures as account_lines
        on
            fund_totals.report_id = account_lines.report_id
            and account_lines.line_item = '{{ account_item }}'
    where
        fund_totals.evaluation_level = 'department'
        and fund_totals.evaluation_template <> 'hubei'

    union all

    {% endfor %}
    {% for figure_name, account_item in [
        ('整体自评表基本支出总额', '基本支出'),
        ('整体自评表项目支出总额', '项目支出'),
    ] %}
    select
        {{ check_row(
            'perf_department_total_vs_accounts',
            "'" ~ figure_name ~ " = " ~ account_item ~ "'",
            'summary_figures.figure_value',
            'account_lines.amount_wan_yuan',
            restatement_tolerance(
                'summary_figures.figure_decimals',
                'account_lines.amount_decimals'
            ),
            ['summary_figures.figure_value_place', 'account_lines.amount_wan_yuan_place'],
            missing='(account_lines.amount_wan_yuan is null)',
            report_id='summary_figures.report_id'
        ) }}
    from summary_figures
    left join account_figures as account_lines
        on
            summary_figures.report_id = account_lines.report_id
            and account_lines.line_item = '{{ account_item }}'
    where summary_figures.figure_name = '{{ figure_name }}'
    {% if not loop.last %}
    union all
    {% endif %}
    {% endfor %}

),

project_share_inputs as (

    {# Tongcheng: 自评项目资金 ... 占一般公共预算项目支出总额的 100％. #}
    select
        share_figure.report_id,
        share_figure.figure_name,
        share_figure.figure_value as share_pct,
        share_figure.figure_value_place as share_place,
        share_figure.figure_decimals as share_decimals,
        project_funds.figure_value as project_funds,
        project_funds.figure_value_place as project_funds_place,
        account_lines.amount_wan_yuan as project_expenditure,
        account_lines.amount_wan_yuan_place as project_expenditure_place,
        least(coalesce(project_funds.figure_decimals, 2), coalesce(account_lines.amount_decimals, 2)) as amount_decimals
    from summary_figures as share_figure
    left join summary_figures as project_funds
        on
            share_figure.report_id = project_funds.report_id
            and project_funds.figure_name = '自评项目资金'
    left join account_figures as account_lines
        on
            share_figure.report_id = account_lines.report_id
            and account_lines.line_item = '项目支出'
    where share_figure.figure_name = '自评项目资金占项目支出比例'

),

project_expenditure as (

    {#
        The self-evaluated projects are projects of the department: what they executed cannot
        exceed the 项目支出 of its accounts. Where the report says what share of 项目支出 they
        cover (Tongcheng: 100%), that share is checked too.
    #}
    select
        {{ check_row(
            'cross_section_project_expenditure',
            "'项目自评表执行数合计 ≤ 项目支出'",
            'project_totals.executed_wan_yuan',
            'account_lines.amount_wan_yuan',
            sum_tolerance('project_totals.table_count', 'account_lines.amount_decimals'),
            ['account_lines.amount_wan_yuan_place', 'project_totals.executed_wan_yuan_places'],
            missing='(account_lines.amount_wan_yuan is null or project_totals.executed_wan_yuan_not_printed > 0)',
            comparison='at_most', report_id='project_totals.report_id'
        ) }}
    from project_totals
    left join account_figures as account_lines
        on
            project_totals.report_id = account_lines.report_id
            and account_lines.line_item = '项目支出'

    union all

    select
        {{ check_row(
            'cross_section_project_expenditure', 'figure_name', 'share_pct',
            'case when project_expenditure <> 0 then 100 * project_funds / project_expenditure end',
            'case when project_expenditure is null or project_funds is null or project_expenditure = 0 then '
                ~ half_unit('share_decimals') ~ ' else '
                ~ rate_tolerance('share_decimals', 'project_funds', 'project_expenditure', 'amount_decimals')
                ~ ' end',
            ['share_place', 'project_funds_place', 'project_expenditure_place'],
            missing='(project_funds is null or project_expenditure is null)'
        ) }}
    from project_share_inputs

),

final as (

    select * from execution_rate
    union all
    select * from funds_sum
    union all
    select * from execution_score
    union all
    select * from score_within_weight
    union all
    select * from weight_sum
    union all
    select * from score_sum
    union all
    select * from missed_target_full_score
    union all
    select * from execution_full_score
    union all
    select * from completion_over_100
    union all
    select * from project_count
    union all
    select * from project_funds_total
    union all
    select * from summary_department_total
    union all
    select * from paragraph_vs_table
    union all
    select * from department_vs_accounts
    union all
    select * from project_expenditure

)

select * from final
