{{ config(alias='预决算对比') }}

{{ chinese_labelled_view('fct_budget_vs_outturn') }}
