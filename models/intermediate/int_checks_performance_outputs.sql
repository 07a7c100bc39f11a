{#
    perf_output_vs_indicator: an output a project paragraph states (一是受理工伤病残等级鉴定 126 例)
    against the actual of the indicator of its project table that names it: the indicator's name
    begins with the output's (受理工伤病残等级鉴定 → 受理工伤病残等级鉴定例数) and its unit has the
    same base unit (seeds/unit_scales.csv: 1.4 万人 compares with 14081 人). Both are compared in
    the base unit, within the rounding of each as printed. An output no indicator names, and an
    actual printed as a bound (≥90%), are not compared.
#}
with

performance_outputs as (

    select * from {{ ref('fct_performance_output') }}

),

performance_indicators as (

    select * from {{ ref('fct_performance_indicator') }}

),

unit_scales as (

    select * from {{ ref('stg_unit_scales') }}

),

outputs as (

    select
        performance_outputs.report_id,
        performance_outputs.performance_project_id,
        performance_outputs.paragraph_no,
        performance_outputs.output_ordinal,
        performance_outputs.output_name,
        {{ squeeze_whitespace('performance_outputs.output_name') }} as squeezed_name,
        performance_outputs.output_value,
        {{ place_of('performance_outputs.output_value') }} as output_value_place,
        coalesce(unit_scales.base_unit, performance_outputs.output_unit) as base_unit,
        coalesce(unit_scales.base_units_per_unit, 1) as base_units_per_unit,
        {{ printed_decimals_of('performance_project_outputs',
            dbt.concat(['performance_outputs.report_id', "'|'", as_text('performance_outputs.paragraph_no'),
                        "'|'", as_text('performance_outputs.output_ordinal')]),
            'value') }} as output_decimals
    from performance_outputs
    left join unit_scales
        on performance_outputs.output_unit = unit_scales.unit
    where performance_outputs.output_value is not null

),

actuals as (

    select
        performance_indicators.performance_project_id,
        performance_indicators.evaluation_no,
        performance_indicators.indicator_ordinal,
        {{ squeeze_whitespace('performance_indicators.indicator_name') }} as squeezed_name,
        performance_indicators.actual_value,
        {{ place_of('performance_indicators.actual_text') }} as actual_text_place,
        coalesce(unit_scales.base_unit, {{ squeeze_whitespace('performance_indicators.actual_unit') }}) as base_unit,
        coalesce(unit_scales.base_units_per_unit, 1) as base_units_per_unit
    from performance_indicators
    left join unit_scales
        on {{ squeeze_whitespace('performance_indicators.actual_unit') }} = unit_scales.unit
    where
        performance_indicators.actual_value is not null
        and coalesce(performance_indicators.actual_operator, '=') = '='

),

pairs as (

    select
        outputs.report_id,
        {{ dbt.concat([
            as_text('outputs.paragraph_no'), "'-'", as_text('outputs.output_ordinal'), "' '", 'outputs.output_name',
            "' / 指标 '", as_text('actuals.evaluation_no'), "'-'", as_text('actuals.indicator_ordinal')
        ]) }} as subject,
        outputs.output_value * outputs.base_units_per_unit as output_in_base_unit,
        actuals.actual_value * actuals.base_units_per_unit as actual_in_base_unit,
        {{ half_unit('outputs.output_decimals') }} * outputs.base_units_per_unit
        + {{ half_unit('null') }} * actuals.base_units_per_unit as tolerance_in_base_unit,
        outputs.output_value_place,
        actuals.actual_text_place
    from outputs
    inner join actuals
        on
            outputs.performance_project_id = actuals.performance_project_id
            and outputs.base_unit = actuals.base_unit
            and {{ dbt.position('outputs.squeezed_name', 'actuals.squeezed_name') }} = 1

),

output_vs_indicator as (

    select
        {{ check_row(
            'perf_output_vs_indicator', 'subject', 'output_in_base_unit', 'actual_in_base_unit',
            'tolerance_in_base_unit', ['output_value_place', 'actual_text_place']
        ) }}
    from pairs

)

select * from output_vs_indicator
