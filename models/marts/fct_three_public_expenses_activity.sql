{# The counts printed with 三公: delegations and trips abroad, vehicles bought and held, receptions and guests. #}
with

activity as (

    select * from {{ ref('stg_three_public_expenses_activity') }}

),

final as (

    select
        {{ dbt.concat(['report_id', "'|'", 'expense_item', "'|'", 'measure']) }} as three_public_activity_id,
        report_id,
        expense_item,
        measure,
        activity_count,
        unit,
        activity_count_line
    from activity

)

select * from final
