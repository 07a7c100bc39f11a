{{ config(alias='三公经费数量') }}

{{ chinese_labelled_view('fct_three_public_expenses_activity') }}
