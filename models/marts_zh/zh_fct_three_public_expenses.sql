{{ config(alias='三公经费') }}

{{ chinese_labelled_view('fct_three_public_expenses') }}
