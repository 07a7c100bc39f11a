{# Names the reports print for a 支出功能分类科目 that differ from its official 2023 name. #}
with

function_subject_aliases as (

    select * from {{ seed_relation('function_subject_aliases') }}

),

typed as (

    select
        {{ as_text('code') }} as subject_code,
        {{ as_text('alias_name') }} as alias_name,
        {{ as_text('alias_note') }} as alias_note
    from function_subject_aliases

)

select * from typed
