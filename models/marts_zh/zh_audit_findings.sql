{{ config(alias='审计发现') }}

{{ chinese_labelled_view('audit_findings') }}
