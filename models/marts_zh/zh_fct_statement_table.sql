{{ config(alias='决算报表目录') }}

{{ chinese_labelled_view('fct_statement_table') }}
