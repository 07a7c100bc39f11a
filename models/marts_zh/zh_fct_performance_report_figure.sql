{{ config(alias='绩效自评报告数字') }}

{{ chinese_labelled_view('fct_performance_report_figure') }}
