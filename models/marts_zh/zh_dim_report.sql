{{ config(alias='报告') }}

{{ chinese_labelled_view('dim_report') }}
