{{ config(alias='收入决算') }}

{{ chinese_labelled_view('fct_revenue') }}
