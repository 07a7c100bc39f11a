{{ config(alias='原文数字索引') }}

{{ chinese_labelled_view('fct_reported_figure') }}
