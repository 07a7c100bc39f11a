{# A transcription error fails the build: see int_transcribed_lines_out_of_place for the rules. #}
select * from {{ ref('int_transcribed_lines_out_of_place') }}
