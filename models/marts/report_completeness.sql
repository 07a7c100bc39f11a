{#
    One row per report: how complete its disclosure is, comparable across reports.
      disclosed_item_share_pct   100 × items disclosed (present, or a table printed empty with
                                 its note) / items required (seeds/disclosure_items.csv)
      figure_coverage_pct        100 × numbers of the financial sections that are figures in the
                                 warehouse / numbers printed there (int_printed_numbers_covered)
      completeness_score         the mean of the two, 0–100
#}
with

reports as (

    select * from {{ ref('stg_reports') }}

),

disclosure_items as (

    select * from {{ ref('report_disclosure_items') }}

),

printed_numbers_covered as (

    select * from {{ ref('int_printed_numbers_covered') }}

),

item_counts as (

    select
        report_id,
        count(*) as required_item_count,
        sum(case when is_disclosed then 1 else 0 end) as disclosed_item_count
    from disclosure_items
    group by report_id

),

shares as (

    select
        reports.report_id,
        reports.fiscal_year,
        item_counts.required_item_count,
        item_counts.disclosed_item_count,
        cast(100.0 * item_counts.disclosed_item_count / item_counts.required_item_count as decimal(9, 2))
            as disclosed_item_share_pct,
        coalesce(printed_numbers_covered.printed_number_count, 0) as printed_number_count,
        coalesce(printed_numbers_covered.warehouse_figure_count, 0) as warehouse_figure_count,
        cast(
            case
                when printed_numbers_covered.printed_number_count > 0
                    then
                        100.0 * printed_numbers_covered.warehouse_figure_count
                        / printed_numbers_covered.printed_number_count
                else 0
            end as decimal(9, 2)
        ) as figure_coverage_pct
    from reports
    inner join item_counts
        on reports.report_id = item_counts.report_id
    left join printed_numbers_covered
        on reports.report_id = printed_numbers_covered.report_id

),

final as (

    select
        {{ as_text('report_id') }} as report_id,
        cast(fiscal_year as {{ dbt.type_int() }}) as fiscal_year,
        cast(required_item_count as {{ dbt.type_int() }}) as required_item_count,
        cast(disclosed_item_count as {{ dbt.type_int() }}) as disclosed_item_count,
        disclosed_item_share_pct,
        cast(printed_number_count as {{ dbt.type_int() }}) as printed_number_count,
        cast(warehouse_figure_count as {{ dbt.type_int() }}) as warehouse_figure_count,
        figure_coverage_pct,
        cast((disclosed_item_share_pct + figure_coverage_pct) / 2 as decimal(9, 2)) as completeness_score
    from shares

)

select * from final
