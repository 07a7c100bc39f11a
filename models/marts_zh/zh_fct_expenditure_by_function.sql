{{ config(alias='一般公共预算支出明细') }}

{{ chinese_labelled_view('fct_expenditure_by_function') }}
