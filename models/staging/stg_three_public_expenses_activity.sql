{# Counts printed with 三公经费 (delegations, trips, vehicles, receptions). #}
with

three_public_expenses_activity as (

    select * from {{ seed_relation('three_public_expenses_activity') }}

),

typed as (

    select
        {{ as_text('report_id') }} as report_id,
        {{ as_text('expense_item') }} as expense_item,
        {{ as_text('measure') }} as measure,
        {{ as_text('unit') }} as unit,
        {{ as_number('value') }} as activity_count,
        {{ as_integer('value_page') }} as activity_count_page,
        {{ as_integer('value_line') }} as activity_count_line
    from three_public_expenses_activity

)

select * from typed
