{# Names the reports print for a 部门预算支出经济分类科目 that differ from its official 2023 name. #}
with

economic_subject_aliases as (

    select * from {{ seed_relation('economic_subject_aliases') }}

),

typed as (

    select
        {{ as_text('code') }} as subject_code,
        {{ as_text('alias_name') }} as alias_name,
        {{ as_text('alias_note') }} as alias_note
    from economic_subject_aliases

)

select * from typed
