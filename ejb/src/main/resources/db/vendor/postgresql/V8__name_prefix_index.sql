-- A name search is by full name or how a name begins (name like 'q%'). PostgreSQL uses a plain
-- b-tree index for such a prefix only under the C collation; a register database has its language's
-- collation, so the prefix search gets an index of its own in byte order.
create index ix_person_name_prefix on person (name varchar_pattern_ops);
