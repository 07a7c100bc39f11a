{{ config(alias='收支总表') }}

{{ chinese_labelled_view('fct_account_totals') }}
