{{ config(alias='机关运行经费') }}

{{ chinese_labelled_view('fct_operating_costs') }}
