{{ config(alias='报告概览') }}

{{ chinese_labelled_view('report_summary') }}
