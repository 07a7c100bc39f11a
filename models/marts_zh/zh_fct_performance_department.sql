{{ config(alias='部门整体绩效自评') }}

{{ chinese_labelled_view('fct_performance_department') }}
