{# 支出功能分类科目: the reference and the codes the statement tables print beyond it (macros/subjects_with_printed.sql). #}
{{ subjects_with_printed('stg_function_subjects', 'function') }}
