{{ config(alias='一般公共预算支出按类') }}

{{ chinese_labelled_view('fct_expenditure_by_function_class') }}
