{{ config(alias='预决算配对') }}

{{ chinese_labelled_view('fct_budget_outturn_pair') }}
