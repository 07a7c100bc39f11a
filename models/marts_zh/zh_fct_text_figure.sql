{{ config(alias='文字中的数据') }}

{{ chinese_labelled_view('fct_text_figure') }}
