{{ config(alias='项目产出') }}

{{ chinese_labelled_view('fct_performance_output') }}
