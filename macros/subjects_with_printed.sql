{#
    A classification (reference seed, typed by staging) extended with the codes the statement
    tables print that it does not know (a row's own code or one printed beside it): a code
    printed with its name in a report's table is evidence of the subject. Each added code takes the name printed first (by report, table and
    row), its level from its length and its parent from its prefix, with confidence 'printed'.
    int_checks_statements reports every such code as a finding (statement_subject_code). A 类 or
    款 above such a code that neither the reference nor any report names is added under its code,
    named （名称未列示）, with confidence 'unnamed_parent'.
#}
{% macro subjects_with_printed(reference_model, code_system) -%}
with

reference_subjects as (

    select * from {{ ref(reference_model) }}

),

statement_lines as (

    select * from {{ ref('int_statement_lines_classified') }}

),

statement_line_codes as (

    select * from {{ ref('stg_statement_line_codes') }}

),

printed_names as (

    {# A row's own code, and the codes of further classifications printed beside it. #}
    select
        report_id,
        table_no,
        row_no,
        subject_code,
        row_label
    from statement_lines
    where code_system = '{{ code_system }}' and subject_code is not null and row_label is not null

    union all

    select
        report_id,
        table_no,
        row_no,
        subject_code,
        subject_name as row_label
    from statement_line_codes
    where code_system = '{{ code_system }}' and subject_name is not null

),

printed_codes as (

    select
        subject_code,
        row_label,
        row_number() over (partition by subject_code order by report_id, table_no, row_no) as printing_order
    from printed_names

),

unknown_codes as (

    select
        printed_codes.subject_code,
        printed_codes.row_label
    from printed_codes
    left join reference_subjects
        on printed_codes.subject_code = reference_subjects.subject_code
    where printed_codes.printing_order = 1 and reference_subjects.subject_code is null

),

ancestor_codes as (

    {# The 类 and 款 above each printed code the reference does not know. #}
    select substring(subject_code, 1, 3) as subject_code from unknown_codes
    where {{ dbt.length('subject_code') }} > 3
    union
    select substring(subject_code, 1, 5) as subject_code from unknown_codes
    where {{ dbt.length('subject_code') }} > 5

),

unnamed_ancestors as (

    {#
        A 类 or 款 neither the reference knows nor a report prints (a table keyed by several
        classifications often prints 项 codes only): kept under its code, with no name, so that
        the hierarchy stays whole.
    #}
    select ancestor_codes.subject_code
    from ancestor_codes
    left join reference_subjects
        on ancestor_codes.subject_code = reference_subjects.subject_code
    left join unknown_codes
        on ancestor_codes.subject_code = unknown_codes.subject_code
    where reference_subjects.subject_code is null and unknown_codes.subject_code is null

),

final as (

    select
        subject_code,
        subject_level,
        subject_name,
        parent_code,
        confidence
    from reference_subjects

    union all

    select
        subject_code,
        case {{ dbt.length('subject_code') }} when 3 then '类' when 5 then '款' when 7 then '项' end as subject_level,
        row_label as subject_name,
        case
            when {{ dbt.length('subject_code') }} > 3
                then substring(subject_code, 1, {{ dbt.length('subject_code') }} - 2)
        end as parent_code,
        'printed' as confidence
    from unknown_codes

    union all

    select
        subject_code,
        case {{ dbt.length('subject_code') }} when 3 then '类' when 5 then '款' end as subject_level,
        '（名称未列示）' as subject_name,
        case when {{ dbt.length('subject_code') }} = 5 then substring(subject_code, 1, 3) end as parent_code,
        'unnamed_parent' as confidence
    from unnamed_ancestors

)

select * from final
{%- endmacro %}
