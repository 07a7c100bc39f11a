{{ config(alias='单位概况') }}

{{ chinese_labelled_view('fct_unit_overview') }}
