-- the tamper-evident audit log: each entry, once sealed, carries its place in the chain, the hash of
-- the entry before it and its own hash over both and all its fields
alter table audit_entry add column chain_seq bigint;
alter table audit_entry add column previous_hash varchar(64);
alter table audit_entry add column entry_hash varchar(64);
create unique index ux_audit_chain_seq on audit_entry (chain_seq);

-- the end of the chain: the last sealed place and hash; its row lock lets one sealer work at a time
create table audit_chain_head (
  id        integer primary key,
  last_seq  bigint      not null,
  last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
  values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
