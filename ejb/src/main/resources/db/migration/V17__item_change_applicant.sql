-- The rule of item changes as a whole, beside each item's own rule (change_item_rule, which sets the
-- level and the time limit of each item): the legal basis recorded in the history, and the material
-- a guardian brings whom the register does not show as a parent of the minor in the household.
-- Its final level and time limit are not read: an item change takes the highest of its items'.
insert into register_operation_rule (operation, final_level, time_limit_days, late_after_days, document_valid_days, legal_basis) values
  ('ITEM_CHANGE', 'STATION', 20, null, null, '《中华人民共和国户口登记条例》第十七条、第十八条');

insert into register_operation_material (operation, material_code, applies_when) values
  ('ITEM_CHANGE', 'GUARDIAN_PROOF', 'APPLICANT_NOT_PARENT');
