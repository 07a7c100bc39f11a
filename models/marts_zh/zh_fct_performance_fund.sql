{{ config(alias='绩效自评资金') }}

{{ chinese_labelled_view('fct_performance_fund') }}
