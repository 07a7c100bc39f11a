{{ config(alias='国有资产') }}

{{ chinese_labelled_view('fct_state_assets') }}
