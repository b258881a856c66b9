-- A new head of household (户主变更) and a member's relation to the head changed (与户主关系变更),
-- 户口登记条例 art. 19: decided at the station.

insert into material (code, name_zh, name_en) values
  ('MEMBERS_CONSENT', '户内成年成员同意变更户主的书面意见', 'Written consent of the household''s adult members to the new head');

insert into register_operation_rule (operation, final_level, time_limit_days, late_after_days, document_valid_days, legal_basis) values
  ('HEAD_CHANGE', 'STATION', 3, null, null, '《中华人民共和国户口登记条例》第十九条'),
  ('RELATION_CHANGE', 'STATION', 3, null, null, '《中华人民共和国户口登记条例》第十九条');

insert into register_operation_material (operation, material_code, applies_when) values
  ('HEAD_CHANGE', 'BOOKLET', 'ALWAYS'),
  ('HEAD_CHANGE', 'ID_CARD', 'ALWAYS'),
  ('HEAD_CHANGE', 'MEMBERS_CONSENT', 'ALWAYS'),
  ('RELATION_CHANGE', 'BOOKLET', 'ALWAYS'),
  ('RELATION_CHANGE', 'ID_CARD', 'ALWAYS'),
  ('RELATION_CHANGE', 'KINSHIP_PROOF', 'ALWAYS');
