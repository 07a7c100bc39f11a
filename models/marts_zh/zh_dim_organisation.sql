{{ config(alias='组织机构') }}

{{ chinese_labelled_view('dim_organisation') }}
