{{ config(alias='预算绩效情况') }}

{{ chinese_labelled_view('fct_performance_summary') }}
