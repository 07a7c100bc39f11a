{#
    A table built a batch of reports at a time, so that a model whose work is per report holds
    one batch's state at once, not every report's: its memory stays the same at 10,000 reports
    as at 1,000 (a single statement over every report spills tens of GB to disk).

        config(materialized='report_batched_table', batched_inputs=['stg_document_lines', ...])

    Every ref named in batched_inputs is read, in each batch, as only the rows of the batch's
    reports (var('report_batch_size') consecutive report_ids, as the first input lists them; the
    first batch takes every key below, the last every key above). The model must be per report: every join and group keyed by report_id, so the
    batches together give exactly the table one statement would. Inputs not named are read whole.
    The batches fill a new relation that replaces the old one only when all are in, as a table
    materialization does. Unit tests read the model's SQL, not this, so they are unaffected.
#}
{% materialization report_batched_table, default %}

    {%- set batched_inputs = config.require('batched_inputs') -%}
    {%- set batch_key = config.get('batch_key', 'report_id') -%}
    {%- set batch_size = var('report_batch_size') | int -%}

    {%- set existing_relation = load_cached_relation(this) -%}
    {%- set target_relation = this.incorporate(type='table') -%}
    {%- set intermediate_relation = make_intermediate_relation(target_relation) -%}
    {%- set backup_relation = make_backup_relation(
        target_relation, 'table' if existing_relation is none else existing_relation.type
    ) -%}
    {{ drop_relation_if_exists(load_cached_relation(intermediate_relation)) }}
    {{ drop_relation_if_exists(load_cached_relation(backup_relation)) }}

    {{ run_hooks(pre_hooks, inside_transaction=False) }}
    {{ run_hooks(pre_hooks, inside_transaction=True) }}

    {%- set batch_bounds = report_batch_bounds(ref(batched_inputs[0]), batch_key, batch_size) -%}
    {%- for bounds in batch_bounds -%}
        {%- set batch_sql = report_batch_sql(compiled_code, batched_inputs, batch_key, bounds) -%}
        {%- if loop.first -%}
            {% call statement('main') -%}
                {{ create_table_as(False, intermediate_relation, batch_sql) }}
            {%- endcall %}
        {%- else -%}
            {% call statement('batch_' ~ loop.index) -%}
                insert into {{ intermediate_relation }} {{ batch_sql }}
            {%- endcall %}
        {%- endif -%}
    {%- endfor -%}

    {% if existing_relation is not none %}
        {{ adapter.rename_relation(existing_relation, backup_relation) }}
    {% endif %}
    {{ adapter.rename_relation(intermediate_relation, target_relation) }}

    {{ run_hooks(post_hooks, inside_transaction=True) }}
    {% do persist_docs(target_relation, model) %}
    {{ adapter.commit() }}
    {{ drop_relation_if_exists(backup_relation) }}
    {{ run_hooks(post_hooks, inside_transaction=False) }}

    {{ return({'relations': [target_relation]}) }}

{% endmaterialization %}


{#- Each batch's lower and upper key (the upper excluded), in key order: the first batch has no
    lower bound and the last no upper, so that every row of every input is in exactly one batch,
    whichever input listed the keys. One unbounded batch when there are no more keys than a batch. -#}
{% macro report_batch_bounds(relation, batch_key, batch_size) %}
    {%- set keys_sql -%}
        select {{ batch_key }} from {{ relation }} group by {{ batch_key }} order by {{ batch_key }}
    {%- endset -%}
    {%- set keys = run_query(keys_sql).columns[0].values() -%}
    {%- set lowers = [none] + keys[batch_size::batch_size] | list -%}
    {%- set bounds = [] -%}
    {%- for lower in lowers -%}
        {%- do bounds.append((lower, lowers[loop.index] if not loop.last else none)) -%}
    {%- endfor -%}
    {{ return(bounds) }}
{% endmacro %}


{#- The model's SQL with each batched input read as only the rows of the batch's keys. -#}
{% macro report_batch_sql(compiled_code, batched_inputs, batch_key, bounds) %}
    {%- set conditions = [] -%}
    {%- if bounds[0] is not none -%}
        {%- do conditions.append(batch_key ~ " >= " ~ dbt.string_literal(bounds[0] | replace("'", "''"))) -%}
    {%- endif -%}
    {%- if bounds[1] is not none -%}
        {%- do conditions.append(batch_key ~ " < " ~ dbt.string_literal(bounds[1] | replace("'", "''"))) -%}
    {%- endif -%}
    {%- if not conditions -%}
        {{ return(compiled_code) }}
    {%- endif -%}
    {%- set batch_sql = namespace(text=compiled_code) -%}
    {%- for input_name in batched_inputs -%}
        {%- set relation = ref(input_name) | string -%}
        {%- if relation not in batch_sql.text -%}
            {{ exceptions.raise_compiler_error(
                model.name ~ ": batched input " ~ input_name ~ " (" ~ relation ~ ") is not read by the model"
            ) }}
        {%- endif -%}
        {%- set batch_rows -%}
            (select * from {{ relation }} where {{ conditions | join(' and ') }})
        {%- endset -%}
        {%- set batch_sql.text = batch_sql.text | replace(relation, batch_rows) -%}
    {%- endfor -%}
    {{ return(batch_sql.text) }}
{% endmacro %}
