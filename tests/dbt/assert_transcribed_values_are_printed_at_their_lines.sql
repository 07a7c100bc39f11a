{#
    A transcription error fails the build: every value in the seeds must be printed at the
    document line it cites (see int_transcribed_values_located for how values are matched).
#}
select
    seed_name,
    row_key,
    column_name,
    printed_value,
    source_page,
    source_line,
    source_line_text
from {{ ref('int_transcribed_values_located') }}
where not is_found_at_line
