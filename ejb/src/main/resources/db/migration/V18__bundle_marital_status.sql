-- The police part of 婚育一件事 becomes the stations' own item changes instead of a task closed with
-- free text: once the civil affairs bureau has registered the marriage, the marital status of each
-- spouse becomes married in the register (户口登记条例 art. 19), each at the spouse's own station,
-- taken on the certificate the marriage registration issued. Two parts, one per spouse, since the
-- spouses may live in two stations' areas.

update bundle_item
  set kind = 'MARITAL_STATUS', item_code = 'MARITAL_STATUS_GROOM',
      name_zh = '户口登记婚姻状况变更（男方）', name_en = 'Marital status in the register (man)'
  where id = '31301a52-9be1-5726-930f-58c81b3c2a09';

insert into bundle_item (id, version_id, item_code, name_zh, name_en, kind, department_id, routing_field, time_limit_days, sort_order) values
  ('5c0f8c36-3f7e-5d7e-9a0b-6a2f3c7d1e42', 'd48d3f18-3069-5811-8277-b5a1a2152407', 'MARITAL_STATUS_BRIDE',
   '户口登记婚姻状况变更（女方）', 'Marital status in the register (woman)', 'MARITAL_STATUS', null, 'bride.residentId', 5, 15);

insert into bundle_item_material (item_id, material_code) values
  ('5c0f8c36-3f7e-5d7e-9a0b-6a2f3c7d1e42', 'ID_CARD'),
  ('5c0f8c36-3f7e-5d7e-9a0b-6a2f3c7d1e42', 'BOOKLET');

insert into bundle_item_field (item_id, field_key, required)
  select '5c0f8c36-3f7e-5d7e-9a0b-6a2f3c7d1e42', field_key, required from bundle_item_field
  where item_id = '31301a52-9be1-5726-930f-58c81b3c2a09';

insert into bundle_item_wait (item_id, waits_for) values
  ('5c0f8c36-3f7e-5d7e-9a0b-6a2f3c7d1e42', 'MARRIAGE_REG');
