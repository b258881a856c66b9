-- A search by how a former name begins (name like 'q%'). On H2 the index of V19 already answers
-- such a prefix; PostgreSQL needs one of its own (see db/vendor/postgresql). This version exists so
-- that both databases count the same versions.
select 1;
