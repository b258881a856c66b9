-- Moves: inside the district (区内迁移, 分户, 并户), out of it (迁出, with the migration record) and
-- into it (迁入). 户口登记条例 art. 10, 13, 19.

alter table person add column moved_to varchar(200);
alter table person add column moved_from varchar(200);

-- the others who move with the application's person
create table change_application_member (
  application_id uuid not null references change_application (id),
  person_id      uuid not null references person (id),
  primary key (application_id, person_id)
);
create index ix_change_member_person on change_application_member (person_id);

-- the station a move inside the district leaves: it sees the case
alter table change_application add column origin_station_id varchar(32) references organisation (id);

-- how long a document an operation issues is valid (the migration record's term)
alter table register_operation_rule add column document_valid_days integer;

insert into material (code, name_zh, name_en) values
  ('MIGRATION_CERT', '户口迁移证（迁出地公安机关签发）', 'Migration record issued by the office of departure');

insert into register_operation_rule (operation, final_level, time_limit_days, late_after_days, document_valid_days, legal_basis) values
  ('MOVE_WITHIN', 'STATION', 5, null, null, '《中华人民共和国户口登记条例》第十九条'),
  ('MOVE_OUT', 'STATION', 3, null, 40, '《中华人民共和国户口登记条例》第十条'),
  ('MOVE_IN', 'STATION', 10, null, null, '《中华人民共和国户口登记条例》第十三条');

insert into register_operation_material (operation, material_code, applies_when) values
  ('MOVE_WITHIN', 'ID_CARD', 'ALWAYS'),
  ('MOVE_WITHIN', 'BOOKLET', 'ALWAYS'),
  ('MOVE_WITHIN', 'ADDRESS_PROOF', 'NEW_HOUSEHOLD'),
  ('MOVE_WITHIN', 'HOST_CONSENT', 'INTO_HOUSEHOLD'),
  ('MOVE_OUT', 'ID_CARD', 'ALWAYS'),
  ('MOVE_OUT', 'BOOKLET', 'ALWAYS'),
  ('MOVE_IN', 'MIGRATION_CERT', 'ALWAYS'),
  ('MOVE_IN', 'ID_CARD', 'ALWAYS'),
  ('MOVE_IN', 'MOVE_REASON_PROOF', 'ALWAYS'),
  ('MOVE_IN', 'ADDRESS_PROOF', 'NEW_HOUSEHOLD'),
  ('MOVE_IN', 'HOST_CONSENT', 'INTO_HOUSEHOLD');

-- medical insurance and pension follow where people are registered
insert into exchange_subscription (topic, organisation_id) values
  ('HOUSEHOLD_MOVED', 'DEPT-MEDINS'),
  ('HOUSEHOLD_MOVED', 'DEPT-PENSION'),
  ('MOVED_OUT', 'DEPT-MEDINS'),
  ('MOVED_OUT', 'DEPT-PENSION'),
  ('MOVED_IN', 'DEPT-MEDINS'),
  ('MOVED_IN', 'DEPT-PENSION');
