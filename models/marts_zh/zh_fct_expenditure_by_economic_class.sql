{{ config(alias='一般公共预算支出经济分类') }}

{{ chinese_labelled_view('fct_expenditure_by_economic_class') }}
