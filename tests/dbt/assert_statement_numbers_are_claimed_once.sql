{#
    A number printed once in a PDF's rendered line is one cell: the build fails when more
    statement cells cite a line for a value than the line prints it.
#}
select * from {{ ref('int_statement_numbers_overclaimed') }}
