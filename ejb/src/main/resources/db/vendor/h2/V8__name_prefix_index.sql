-- A name search is by full name or how a name begins (name like 'q%'). On H2 the index on
-- person (name) of V1 already answers such a prefix; PostgreSQL needs one of its own (see
-- db/vendor/postgresql). This version exists so that both databases count the same versions.
select 1;
