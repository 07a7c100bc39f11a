{{ config(alias='披露完整性') }}

{{ chinese_labelled_view('report_completeness') }}
