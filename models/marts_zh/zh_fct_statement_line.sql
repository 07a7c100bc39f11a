{{ config(alias='决算报表明细') }}

{{ chinese_labelled_view('fct_statement_line') }}
