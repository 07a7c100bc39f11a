{#
    Every 类, 款 and 项 line of 一般公共预算财政拨款支出 with the code of its subject, found by the
    line's full path: the 类 name gives the 类 code, the 款 name is looked up only under that 类,
    the 项 name only under that 款. A 项 name alone means nothing (行政运行 exists under almost
    every 款; 信息化建设 under 20106 and 20801), so a 项 printed with its code alone (高等教育
    （2050205）, the central template) is found by that code, and its 款 and 类 are its parents. A name matches the official 2023 name or an
    alias; a line that matches nothing has no subject_code, one that matches twice appears
    twice: the tests on this model fail in both cases.
#}
with

stg_general_budget_expenditure as (

    select * from {{ ref('stg_general_budget_expenditure') }}

),

int_function_subject_names_unioned as (

    select * from {{ ref('int_function_subject_names_unioned') }}

),

classified_lines as (

    {# The total line has no subject. #}
    select * from stg_general_budget_expenditure
    where line_level in ('class', 'kuan', 'item')

),

class_names as (

    select
        subject_code,
        known_name,
        is_official_name
    from int_function_subject_names_unioned
    where subject_level = '类'

),

kuan_names as (

    select
        subject_code,
        parent_code,
        known_name,
        is_official_name
    from int_function_subject_names_unioned
    where subject_level = '款'

),

item_names as (

    select
        subject_code,
        parent_code,
        known_name,
        is_official_name
    from int_function_subject_names_unioned
    where subject_level = '项'

),

item_codes as (

    select distinct
        subject_code,
        parent_code
    from int_function_subject_names_unioned
    where subject_level = '项'

),

kuan_codes as (

    select distinct
        subject_code,
        parent_code
    from int_function_subject_names_unioned
    where subject_level = '款'

),

paths_resolved as (

    select
        classified_lines.*,
        coalesce(class_names.subject_code, printed_kuan.parent_code) as class_code,
        coalesce(kuan_names.subject_code, printed_kuan.subject_code) as kuan_code,
        coalesce(item_names.subject_code, printed_item.subject_code) as item_code,
        (
            not coalesce(class_names.is_official_name, true)
            or not coalesce(kuan_names.is_official_name, true)
            or not coalesce(item_names.is_official_name, true)
        ) as is_matched_by_alias
    from classified_lines
    left join class_names
        on classified_lines.class_name = class_names.known_name
    left join kuan_names
        on
            classified_lines.line_level in ('kuan', 'item')
            and class_names.subject_code = kuan_names.parent_code
            and classified_lines.kuan_name = kuan_names.known_name
    left join item_names
        on
            classified_lines.line_level = 'item'
            and kuan_names.subject_code = item_names.parent_code
            and classified_lines.item_name = item_names.known_name
    left join item_codes as printed_item
        on
            classified_lines.line_level = 'item'
            and classified_lines.printed_code = printed_item.subject_code
    left join kuan_codes as printed_kuan
        on printed_item.parent_code = printed_kuan.subject_code

),

final as (

    select
        report_id,
        line_level,
        ordinal,
        case line_level
            when 'class' then class_code
            when 'kuan' then kuan_code
            when 'item' then item_code
        end as subject_code,
        case line_level
            when 'class' then '类'
            when 'kuan' then '款'
            when 'item' then '项'
        end as subject_level,
        class_code,
        kuan_code,
        item_code,
        is_matched_by_alias,
        class_name,
        class_name_page,
        class_name_line,
        kuan_name,
        kuan_name_page,
        kuan_name_line,
        item_name,
        item_name_page,
        item_name_line,
        amount_wan_yuan,
        amount_wan_yuan_page,
        amount_wan_yuan_line,
        share_pct,
        share_pct_page,
        share_pct_line,
        basic_wan_yuan,
        basic_wan_yuan_page,
        basic_wan_yuan_line,
        project_wan_yuan,
        project_wan_yuan_page,
        project_wan_yuan_line,
        yoy_change_wan_yuan,
        yoy_change_wan_yuan_page,
        yoy_change_wan_yuan_line,
        yoy_growth_pct,
        yoy_growth_pct_page,
        yoy_growth_pct_line,
        reason,
        reason_page,
        reason_line,
        budget_wan_yuan,
        budget_wan_yuan_page,
        budget_wan_yuan_line,
        budget_excluded_fund_projects_wan_yuan,
        budget_excluded_fund_projects_wan_yuan_page,
        budget_excluded_fund_projects_wan_yuan_line,
        budget_variance_pct,
        budget_variance_pct_page,
        budget_variance_pct_line,
        completion_pct,
        completion_pct_page,
        completion_pct_line,
        budget_reason,
        budget_reason_page,
        budget_reason_line
    from paths_resolved

)

select * from final
