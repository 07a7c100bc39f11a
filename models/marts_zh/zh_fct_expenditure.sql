{{ config(alias='支出决算') }}

{{ chinese_labelled_view('fct_expenditure') }}
