{{ config(alias='基本支出') }}

{{ chinese_labelled_view('fct_basic_expenditure') }}
