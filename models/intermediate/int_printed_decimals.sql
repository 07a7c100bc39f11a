{{ config(materialized='table') }}
{#
    The printed decimals of every transcribed number, as a table: the reconciliation checks
    look up each published value's precision here (macros/tolerance.sql) many times over.
    Keyed by report like every per-report table, so adding a report adds its rows alone
    (fiscal_warehouse/incremental.py) instead of recomputing every report's.
#}
with

transcribed_values as (

    select * from {{ ref('stg_transcribed_values') }}

),

final as (

    select
        seed_name,
        report_id,
        row_key,
        column_name,
        printed_decimals
    from transcribed_values
    where value_kind = 'number'

)

select * from final
