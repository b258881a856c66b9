-- The police part of 迁入落户一件事 becomes the station's own move-in registration (迁入) instead of a
-- task closed with free text: the one form now asks what the migration record says.

update bundle_item set kind = 'MOVE_IN_REGISTRATION'
  where id = '181d087b-3a7d-55fb-826f-f093726f6423';

insert into bundle_field (field_key, section_code, kind, prefill, max_length, sort_order, label_zh, label_en) values
  ('mover.ethnicity', 'mover', 'TEXT', 'NONE', 20, 295, '迁入人民族', 'Ethnicity of the person moving in'),
  ('movein.certificateNo', 'movein', 'TEXT', 'NONE', 30, 365, '户口迁移证编号', 'Migration record number'),
  ('movein.certificateAuthority', 'movein', 'TEXT', 'NONE', 100, 366, '户口迁移证签发机关', 'Migration record issued by');

insert into bundle_item_field (item_id, field_key, required) values
  ('181d087b-3a7d-55fb-826f-f093726f6423', 'mover.ethnicity', true),
  ('181d087b-3a7d-55fb-826f-f093726f6423', 'movein.certificateNo', true),
  ('181d087b-3a7d-55fb-826f-f093726f6423', 'movein.certificateAuthority', true);

insert into bundle_item_material (item_id, material_code) values
  ('181d087b-3a7d-55fb-826f-f093726f6423', 'MIGRATION_CERT');
