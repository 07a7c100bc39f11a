{{ config(alias='基本支出经济分类明细') }}

{{ chinese_labelled_view('fct_expenditure_by_economic') }}
