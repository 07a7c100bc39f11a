{{ config(alias='披露事项') }}

{{ chinese_labelled_view('report_disclosure_items') }}
