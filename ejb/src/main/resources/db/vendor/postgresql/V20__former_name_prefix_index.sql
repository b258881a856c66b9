-- A search by how a former name begins (name like 'q%') gets an index in byte order, as the
-- person's name does (V8): PostgreSQL's plain b-tree answers a prefix only under the C collation.
create index ix_person_former_name_prefix on person_former_name (name varchar_pattern_ops);
