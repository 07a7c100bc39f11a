{#
    Reconciliation of the statement tables read from the PDF reports, one row per comparison
    (macros/check_row.sql). Four generic evaluations, none written per table:
    - statement_line_sum / statement_cross_table: the identities of seeds/statement_identities.csv
      (a line = the sum of other lines, in the same table or another one; a figure printed in
      two tables). A single part of sign +1 is the same figure printed twice, which must agree
      exactly at the same printed precision (restatement tolerance); a sum has the tolerance of
      its n rounded parts.
    - statement_row_total: the column identities of seeds/statement_row_identities.csv, in every row.
    - statement_code_rollup: in every coded table and column, each 类 = Σ its 款, each 款 = Σ its
      项 (by code prefix), and 合计 = Σ 类, where the children are printed. A row keyed by further
      classifications (功能分类 × 部门经济分类) sums the rows of the same further codes; a plain
      line sums plain lines, or the keyed rows where its children are printed keyed only.
    - statement_subject_code: every 功能分类 code printed with its name; a code the reference does
      not know, or a known code printed under a name that is neither its official name nor an
      alias, is a finding (published 0 against 1), not a crash.
    A comparison is made only where the total and at least one part are printed: an empty cell
    of a ruled statement table is no figure, so nothing is compared with it.
    Each comparison is made in the unit the total is printed in (macros/amount_units.sql), so that
    half a unit of the last printed digit is half a fen for a table printed in 元 to the fen, not
    half a fen of 万元 (50 元), and no fen is rounded away. A part printed in another unit (a
    figure of a table in 万元 compared with one in 元) is converted, and adds half a unit of its
    own last digit in the total's unit to the tolerance.
#}
with

classified_lines as (

    select * from {{ ref('int_statement_lines_classified') }}

),

identities as (

    select * from {{ ref('stg_statement_identities') }}

),

row_identities as (

    select * from {{ ref('stg_statement_row_identities') }}

),

function_subject_names as (

    select * from {{ ref('int_function_subject_names_unioned') }}

),

lines as (

    select
        report_id,
        table_no,
        table_name,
        code_system,
        row_no,
        side_no,
        row_label,
        line_item,
        subject_code,
        subject_level,
        column_name,
        amount_wan_yuan,
        printed_decimals,
        {{ yuan_exponent('printed_unit') }} as unit_exponent,
        source_page,
        source_line,
        {# A row without further codes may come without the flags (NULL): it is a plain line. #}
        coalesce(has_other_codes, false) as has_other_codes,
        coalesce(is_detail_of_printed_line, false) as is_detail_of_printed_line,
        coalesce(is_of_which, false) as is_of_which,
        {{ dbt.concat([
            "coalesce(other_function_code, '')", "'|'", "coalesce(other_economic_code, '')", "'|'",
            "coalesce(government_economic_code, '')"
        ]) }} as other_codes,
        {{ place('source_page', 'source_line') }} as place,
        row_number() over (
            partition by report_id, table_no, side_no, line_item, column_name order by row_no
        ) as occurrence
    from classified_lines
    where amount_wan_yuan is not null

),

identity_totals as (

    select distinct
        identity_id,
        check_id,
        table_no,
        side_no,
        line_items,
        occurrence,
        column_name,
        comparison,
        description_zh
    from identities

),

totals as (

    select
        identity_totals.identity_id,
        identity_totals.check_id,
        identity_totals.comparison,
        identity_totals.description_zh,
        lines.report_id,
        lines.table_no,
        lines.side_no,
        lines.row_no,
        lines.row_label,
        lines.line_item,
        lines.column_name,
        lines.amount_wan_yuan,
        lines.printed_decimals,
        lines.unit_exponent,
        lines.place
    from identity_totals
    inner join lines
        on
            identity_totals.table_no = lines.table_no
            and (identity_totals.side_no is null or identity_totals.side_no = lines.side_no)
            and (identity_totals.column_name = '*' or identity_totals.column_name = lines.column_name)
            and (
                identity_totals.line_items = '*'
                or (
                    {{ dbt.position(
                        dbt.concat(["'|'", 'lines.line_item', "'|'"]),
                        dbt.concat(["'|'", 'identity_totals.line_items', "'|'"])
                    ) }} > 0
                    and identity_totals.occurrence = lines.occurrence
                )
            )

),

identity_parts as (

    select
        totals.identity_id,
        totals.report_id,
        totals.table_no,
        totals.side_no,
        totals.row_no,
        totals.column_name,
        identities.sign,
        part_lines.amount_wan_yuan,
        part_lines.printed_decimals,
        part_lines.unit_exponent,
        totals.unit_exponent as total_unit_exponent,
        part_lines.place,
        part_lines.source_page,
        part_lines.source_line
    from totals
    inner join identities
        on totals.identity_id = identities.identity_id
    inner join lines as part_lines
        on
            totals.report_id = part_lines.report_id
            and identities.part_table_no = part_lines.table_no
            and (identities.part_side_no is null or identities.part_side_no = part_lines.side_no)
            and part_lines.column_name = case
                when identities.part_column_name = '*' then totals.column_name
                else identities.part_column_name
            end
            and (
                (
                    identities.part_line_items = 'above'
                    and totals.row_no > part_lines.row_no
                    and not part_lines.is_of_which
                )
                or (
                    identities.part_line_items like 'code:%'
                    and part_lines.subject_code = {{ dbt.right(
                        'identities.part_line_items', dbt.length('identities.part_line_items') ~ ' - 5'
                    ) }}
                )
                or (
                    identities.part_line_items = 'same_class'
                    and part_lines.subject_level = '类'
                    and totals.line_item = part_lines.line_item
                )
                or (
                    identities.part_line_items not in ('above', 'same_class')
                    and identities.part_line_items not like 'code:%'
                    and {{ dbt.position(
                        dbt.concat(["'|'", 'part_lines.line_item', "'|'"]),
                        dbt.concat(["'|'", 'identities.part_line_items', "'|'"])
                    ) }} > 0
                    and identities.part_occurrence = part_lines.occurrence
                )
            )

),

row_identity_totals as (

    select distinct
        row_identities.identity_id,
        row_identities.description_zh,
        row_identities.total_column,
        lines.report_id,
        lines.table_no,
        lines.side_no,
        lines.row_no,
        lines.row_label,
        lines.column_name,
        lines.amount_wan_yuan,
        lines.printed_decimals,
        lines.unit_exponent,
        lines.place
    from row_identities
    inner join lines
        on
            row_identities.table_no = lines.table_no
            and (row_identities.side_no is null or row_identities.side_no = lines.side_no)
            and row_identities.total_column = lines.column_name

),

row_identity_parts as (

    select
        row_identity_totals.identity_id,
        row_identity_totals.report_id,
        row_identity_totals.table_no,
        row_identity_totals.side_no,
        row_identity_totals.row_no,
        row_identity_totals.column_name,
        row_identities.sign,
        part_lines.amount_wan_yuan,
        part_lines.printed_decimals,
        part_lines.unit_exponent,
        row_identity_totals.unit_exponent as total_unit_exponent,
        part_lines.place,
        part_lines.source_page,
        part_lines.source_line
    from row_identity_totals
    inner join row_identities
        on
            row_identity_totals.identity_id = row_identities.identity_id
            and row_identity_totals.total_column = row_identities.total_column
    inner join lines as part_lines
        on
            row_identity_totals.report_id = part_lines.report_id
            and row_identity_totals.table_no = part_lines.table_no
            and row_identity_totals.side_no = part_lines.side_no
            and row_identity_totals.row_no = part_lines.row_no
            and row_identities.part_column = part_lines.column_name

),

rollup_parents as (

    {# Each coded line with a value, and 合计 as the parent of the 类 lines. #}
    select
        report_id,
        table_no,
        table_name,
        side_no,
        row_no,
        row_label,
        subject_code,
        column_name,
        amount_wan_yuan,
        printed_decimals,
        unit_exponent,
        place,
        has_other_codes,
        other_codes
    from lines
    where code_system is not null and (subject_code is not null or line_item = '合计')

),

rollup_parts as (

    select
        'rollup' as identity_id,
        rollup_parents.report_id,
        rollup_parents.table_no,
        rollup_parents.side_no,
        rollup_parents.row_no,
        rollup_parents.column_name,
        1 as sign,
        children.amount_wan_yuan,
        children.printed_decimals,
        children.unit_exponent,
        rollup_parents.unit_exponent as total_unit_exponent,
        children.place,
        children.source_page,
        children.source_line
    from rollup_parents
    inner join lines as children
        on
            rollup_parents.report_id = children.report_id
            and rollup_parents.table_no = children.table_no
            and rollup_parents.column_name = children.column_name
            and (
                (rollup_parents.has_other_codes and rollup_parents.other_codes = children.other_codes)
                or (not rollup_parents.has_other_codes and not children.is_detail_of_printed_line)
            )
            and (
                (
                    rollup_parents.subject_code is not null
                    and {{ dbt.length('children.subject_code') }} = {{ dbt.length('rollup_parents.subject_code') }} + 2
                    and substring(children.subject_code, 1, {{ dbt.length('rollup_parents.subject_code') }})
                    = rollup_parents.subject_code
                )
                or (
                    rollup_parents.subject_code is null
                    and children.code_system = 'function'
                    and {{ dbt.length('children.subject_code') }} = 3
                )
            )

),

all_parts as (

    {%- set parts_by_evaluation = {
        'identity': 'identity_parts', 'row': 'row_identity_parts', 'rollup': 'rollup_parts'
    } %}
    {% for evaluation, parts in parts_by_evaluation.items() %}
    select
        '{{ evaluation }}' as evaluation,
        identity_id,
        report_id,
        table_no,
        side_no,
        row_no,
        column_name,
        sign,
        {{ wan_yuan_in_unit('amount_wan_yuan', 'total_unit_exponent') }} as amount_in_total_unit,
        unit_exponent = total_unit_exponent as is_in_total_unit,
        printed_decimals,
        {{ decimals_in_unit('printed_decimals', 'unit_exponent', 'total_unit_exponent') }} as decimals_in_total_unit,
        place,
        source_page,
        source_line
    from {{ parts }}
    {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

part_sums as (

    select
        evaluation,
        identity_id,
        report_id,
        table_no,
        side_no,
        row_no,
        column_name,
        sum(sign * amount_in_total_unit) as computed_amount,
        count(*) as part_count,
        min(sign) as lowest_sign,
        max(decimals_in_total_unit) as part_decimals,
        {# Parts in the total's unit: (n + 1) half units of the finest digit; others: half a unit of their own. #}
        sum(case when is_in_total_unit then 1 else 0 end) as part_count_in_total_unit,
        max(case when is_in_total_unit then printed_decimals end) as part_decimals_in_total_unit,
        sum(case when is_in_total_unit then 0 else {{ half_unit('decimals_in_total_unit') }} end)
            as other_unit_tolerance,
        {{ dbt.listagg('place', "';'", 'order by source_page, source_line') }} as part_places
    from all_parts
    group by evaluation, identity_id, report_id, table_no, side_no, row_no, column_name

),

compared_totals as (

    select
        'identity' as evaluation,
        totals.check_id,
        totals.comparison,
        totals.identity_id,
        totals.report_id,
        totals.table_no,
        totals.side_no,
        totals.row_no,
        totals.column_name,
        {{ dbt.concat([
            'totals.description_zh', "' / '", 'totals.row_label', "' / '", 'totals.column_name'
        ]) }} as subject,
        {{ wan_yuan_in_unit('totals.amount_wan_yuan', 'totals.unit_exponent') }} as printed_amount,
        totals.printed_decimals,
        totals.place
    from totals

    union all

    select
        'row' as evaluation,
        'statement_row_total' as check_id,
        'equal' as comparison,
        identity_id,
        report_id,
        table_no,
        side_no,
        row_no,
        column_name,
        {{ dbt.concat(['description_zh', "' / '", "coalesce(row_label, '')", "' / 第'", as_text('row_no'), "'行'"]) }}
            as subject,
        {{ wan_yuan_in_unit('amount_wan_yuan', 'unit_exponent') }} as printed_amount,
        printed_decimals,
        place
    from row_identity_totals

    union all

    select
        'rollup' as evaluation,
        'statement_code_rollup' as check_id,
        'equal' as comparison,
        'rollup' as identity_id,
        report_id,
        table_no,
        side_no,
        row_no,
        column_name,
        {{ dbt.concat([
            'table_name', "'：'", "coalesce(subject_code, '')", "' '", "coalesce(row_label, '')",
            "'＝下级科目之和 / '", 'column_name'
        ]) }} as subject,
        {{ wan_yuan_in_unit('amount_wan_yuan', 'unit_exponent') }} as printed_amount,
        printed_decimals,
        place
    from rollup_parents

),

sum_comparisons as (

    select
        {{ check_row(
            'compared_totals.check_id',
            'compared_totals.subject',
            'compared_totals.printed_amount',
            'part_sums.computed_amount',
            "case when part_sums.part_count = 1 and part_sums.lowest_sign = 1 then "
            ~ restatement_tolerance('compared_totals.printed_decimals', 'part_sums.part_decimals')
            ~ " else " ~ sum_tolerance(
                'part_sums.part_count_in_total_unit',
                'greatest(compared_totals.printed_decimals, coalesce(part_sums.part_decimals_in_total_unit, compared_totals.printed_decimals))'
            ) ~ " + part_sums.other_unit_tolerance end",
            ['compared_totals.place', 'part_sums.part_places'],
            comparison='compared_totals.comparison',
            report_id='compared_totals.report_id',
            as_columns=true
        ) }}
    from compared_totals
    inner join part_sums
        on
            compared_totals.evaluation = part_sums.evaluation
            and compared_totals.identity_id = part_sums.identity_id
            and compared_totals.report_id = part_sums.report_id
            and compared_totals.table_no = part_sums.table_no
            and compared_totals.side_no = part_sums.side_no
            and compared_totals.row_no = part_sums.row_no
            and compared_totals.column_name = part_sums.column_name

),

printed_subjects as (

    {# Each code a report prints, under each name it prints it, once (with one place it is printed). #}
    select
        report_id,
        subject_code,
        row_label,
        min({{ place('row_label_page', 'row_label_line') }}) as place
    from classified_lines
    where code_system = 'function' and subject_code is not null
    group by report_id, subject_code, row_label

),

subject_names_checked as (

    select
        printed_subjects.report_id,
        printed_subjects.subject_code,
        printed_subjects.row_label,
        printed_subjects.place,
        count(function_subject_names.subject_code) as known_code_count,
        sum(case when function_subject_names.known_name = printed_subjects.row_label then 1 else 0 end)
            as matching_name_count
    from printed_subjects
    left join function_subject_names
        on printed_subjects.subject_code = function_subject_names.subject_code
    group by
        printed_subjects.report_id,
        printed_subjects.subject_code,
        printed_subjects.row_label,
        printed_subjects.place

),

subject_code_findings as (

    {# Every printed code: consistent (1 = 1) when the reference knows it under this name. #}
    select
        {{ check_row(
            'statement_subject_code',
            dbt.concat([
                "'功能分类科目 '", 'subject_code', "' '", "coalesce(row_label, '')",
                "case when known_code_count = 0 then ' / 参考科目表中无此编码'"
                ~ " when matching_name_count = 0 then ' / 名称与参考科目表不同' else '' end"
            ]),
            'case when matching_name_count > 0 then 1 else 0 end',
            '1',
            '0',
            ['place']
        ) }}
    from subject_names_checked

),

final as (

    select * from sum_comparisons
    union all
    select * from subject_code_findings

)

select * from final
