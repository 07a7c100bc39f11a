{{ config(alias='政府采购') }}

{{ chinese_labelled_view('fct_procurement') }}
