{# The wording the text checks look for (seeds/text_patterns.csv): one regular expression each. #}
with

text_patterns as (

    select * from {{ seed_relation('text_patterns') }}

),

typed as (

    select
        {{ as_text('pattern_id') }} as pattern_id,
        {{ as_text('check_id') }} as check_id,
        {{ as_text('pattern') }} as pattern,
        {{ as_text('expects') }} as expects,
        {{ as_text('description_zh') }} as description_zh
    from text_patterns

)

select * from typed
