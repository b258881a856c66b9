-- The police parts of the birth and after-death bundles become register applications at the
-- station (a birth registration, a deregistration on death) instead of tasks closed with free text.

-- the birth is registered where the newborn joins a household: the station of child.householdNo
update bundle_item set kind = 'BIRTH_REGISTRATION', routing_field = 'child.householdNo'
  where id = 'a079d0b8-a26c-54ac-af7a-91ffcb6a6a45';
update bundle_item set kind = 'DEATH_REGISTRATION'
  where id = '18d6cd60-430b-5dfa-bf27-e33888ae0bc7';

-- when the deceased headed a household with other members, the one form names the new head
insert into bundle_field (field_key, section_code, kind, prefill, max_length, sort_order, label_zh, label_en) values
  ('deceased.newHeadResidentId', 'deceased', 'RESIDENT_ID', 'NONE', 18, 535,
   '新户主公民身份号码（逝者为户主且户内有其他成员时填写）', 'New head of household (if the deceased was head)');
insert into bundle_item_field (item_id, field_key, required) values
  ('18d6cd60-430b-5dfa-bf27-e33888ae0bc7', 'deceased.newHeadResidentId', false);
