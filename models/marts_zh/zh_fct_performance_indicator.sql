{{ config(alias='绩效指标') }}

{{ chinese_labelled_view('fct_performance_indicator') }}
