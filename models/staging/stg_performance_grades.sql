{# The grades of a self-evaluation's total score (优/良/中/差) and the lowest score of each. #}
with

performance_grades as (

    select * from {{ seed_relation('performance_grades') }}

),

typed as (

    select
        {{ as_text('grade') }} as grade,
        {{ as_number('score') }} as lowest_score,
        {{ as_text('description_zh') }} as description_zh
    from performance_grades

)

select * from typed
