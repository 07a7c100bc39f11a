{{ config(alias='支出功能分类科目') }}

{{ chinese_labelled_view('dim_function_subject') }}
