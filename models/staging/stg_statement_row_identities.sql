{#
    Identities between the columns of one row (seeds/statement_row_identities.csv): in every row
    of the table, the total column = the sum of the part columns with their signs
    (本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出).
#}
with

statement_row_identities as (

    select * from {{ seed_relation('statement_row_identities') }}

),

typed as (

    select
        {{ as_text('identity_id') }} as identity_id,
        {{ as_integer('table_no') }} as table_no,
        {{ as_integer('side_no') }} as side_no,
        {{ as_text('total_column') }} as total_column,
        {{ as_text('part_column') }} as part_column,
        {{ as_integer('sign') }} as sign,
        {{ as_text('description_zh') }} as description_zh
    from statement_row_identities

)

select * from typed
