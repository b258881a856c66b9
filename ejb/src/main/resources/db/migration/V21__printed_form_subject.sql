-- A printed form's verification page says whether the same form was printed again for the same
-- case or person afterwards (the later print is the one that counts): found by this index.
create index ix_printed_form_subject on printed_form (subject_id, form, printed_at);
