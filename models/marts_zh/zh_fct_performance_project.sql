{{ config(alias='项目绩效自评') }}

{{ chinese_labelled_view('fct_performance_project') }}
