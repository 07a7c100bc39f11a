{{ config(alias='支出经济分类科目') }}

{{ chinese_labelled_view('dim_economic_subject') }}
