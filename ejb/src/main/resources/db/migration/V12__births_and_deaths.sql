-- Births and deaths at the station counter (户口登记条例 art. 7, 8), persons' status, identity
-- numbers issued per region and birth date, and the official calendar of holidays and make-up
-- working days.

-- a person is never deleted: death and moving out change the status, and the record stays
alter table person add column status varchar(16) default 'ACTIVE' not null;
alter table person add column status_on date;
create index ix_person_status on person (status);

-- what kind of register operation an application is; the item changes so far are ITEM_CHANGE
alter table change_application add column operation varchar(24) default 'ITEM_CHANGE' not null;
-- a birth has no person until the register takes the newborn in
alter table change_application alter column person_id drop not null;
create index ix_change_operation on change_application (operation, status);

-- each operation's declared facts (the newborn's particulars, the date of death, ...), by name
create table change_application_particular (
  application_id uuid         not null references change_application (id),
  particular_name  varchar(40)  not null,
  particular_value varchar(400) not null,
  primary key (application_id, particular_name)
);
create index ix_particular_value on change_application_particular (particular_name, particular_value);

-- the local rule of each register operation: how far up the chain, the time limit in working
-- days, after how many days a declaration is late, the legal basis printed with the change
create table register_operation_rule (
  operation       varchar(24)  primary key,
  final_level     varchar(8)   not null,
  time_limit_days integer      not null,
  late_after_days integer,
  legal_basis     varchar(200) not null,
  enabled         boolean      not null default true,
  version         bigint       not null default 0
);

-- the materials an operation needs, each always or only in a case the code knows (applies_when)
create table register_operation_material (
  operation     varchar(24) not null references register_operation_rule (operation),
  material_code varchar(40) not null references material (code),
  applies_when  varchar(24) not null,
  primary key (operation, material_code)
);

-- a refusal ground may apply to one register operation instead of one item
alter table refusal_ground add column operation varchar(24);

-- the last sequence numbers issued per region code and birth date, odd (male) and even
-- (female); numbers only go up, so none is ever issued twice
create table resident_id_sequence (
  region_code varchar(6) not null,
  birth_date  date       not null,
  last_odd    integer    not null default -1,
  last_even   integer    not null default 0,
  version     bigint     not null default 0,
  primary key (region_code, birth_date)
);

-- the official calendar: statutory holidays (HOLIDAY) and the weekend days that are working days
-- (WORKDAY, 调休); any other Saturday or Sunday is a rest day
create table calendar_day (
  calendar_date date   primary key,
  kind    varchar(8)  not null,
  name_zh varchar(40) not null
);
insert into calendar_day (calendar_date, kind, name_zh) select holiday_date, 'HOLIDAY', name_zh from public_holiday;
drop table public_holiday;

-- 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）
insert into calendar_day (calendar_date, kind, name_zh) values
  (date '2025-01-01', 'HOLIDAY', '元旦'),
  (date '2025-01-26', 'WORKDAY', '春节调休上班'),
  (date '2025-01-28', 'HOLIDAY', '春节'),
  (date '2025-01-29', 'HOLIDAY', '春节'),
  (date '2025-01-30', 'HOLIDAY', '春节'),
  (date '2025-01-31', 'HOLIDAY', '春节'),
  (date '2025-02-01', 'HOLIDAY', '春节'),
  (date '2025-02-02', 'HOLIDAY', '春节'),
  (date '2025-02-03', 'HOLIDAY', '春节'),
  (date '2025-02-04', 'HOLIDAY', '春节'),
  (date '2025-02-08', 'WORKDAY', '春节调休上班'),
  (date '2025-04-04', 'HOLIDAY', '清明节'),
  (date '2025-04-05', 'HOLIDAY', '清明节'),
  (date '2025-04-06', 'HOLIDAY', '清明节'),
  (date '2025-04-27', 'WORKDAY', '劳动节调休上班'),
  (date '2025-05-01', 'HOLIDAY', '劳动节'),
  (date '2025-05-02', 'HOLIDAY', '劳动节'),
  (date '2025-05-03', 'HOLIDAY', '劳动节'),
  (date '2025-05-04', 'HOLIDAY', '劳动节'),
  (date '2025-05-05', 'HOLIDAY', '劳动节'),
  (date '2025-05-31', 'HOLIDAY', '端午节'),
  (date '2025-06-01', 'HOLIDAY', '端午节'),
  (date '2025-06-02', 'HOLIDAY', '端午节'),
  (date '2025-09-28', 'WORKDAY', '国庆节调休上班'),
  (date '2025-10-01', 'HOLIDAY', '国庆节、中秋节'),
  (date '2025-10-02', 'HOLIDAY', '国庆节、中秋节'),
  (date '2025-10-03', 'HOLIDAY', '国庆节、中秋节'),
  (date '2025-10-04', 'HOLIDAY', '国庆节、中秋节'),
  (date '2025-10-05', 'HOLIDAY', '国庆节、中秋节'),
  (date '2025-10-06', 'HOLIDAY', '国庆节、中秋节'),
  (date '2025-10-07', 'HOLIDAY', '国庆节、中秋节'),
  (date '2025-10-08', 'HOLIDAY', '国庆节、中秋节'),
  (date '2025-10-11', 'WORKDAY', '国庆节调休上班');

-- 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社当日全文播发）
insert into calendar_day (calendar_date, kind, name_zh) values
  (date '2026-01-01', 'HOLIDAY', '元旦'),
  (date '2026-01-02', 'HOLIDAY', '元旦'),
  (date '2026-01-03', 'HOLIDAY', '元旦'),
  (date '2026-01-04', 'WORKDAY', '元旦调休上班'),
  (date '2026-02-14', 'WORKDAY', '春节调休上班'),
  (date '2026-02-15', 'HOLIDAY', '春节'),
  (date '2026-02-16', 'HOLIDAY', '春节'),
  (date '2026-02-17', 'HOLIDAY', '春节'),
  (date '2026-02-18', 'HOLIDAY', '春节'),
  (date '2026-02-19', 'HOLIDAY', '春节'),
  (date '2026-02-20', 'HOLIDAY', '春节'),
  (date '2026-02-21', 'HOLIDAY', '春节'),
  (date '2026-02-22', 'HOLIDAY', '春节'),
  (date '2026-02-23', 'HOLIDAY', '春节'),
  (date '2026-02-28', 'WORKDAY', '春节调休上班'),
  (date '2026-04-04', 'HOLIDAY', '清明节'),
  (date '2026-04-05', 'HOLIDAY', '清明节'),
  (date '2026-04-06', 'HOLIDAY', '清明节'),
  (date '2026-05-01', 'HOLIDAY', '劳动节'),
  (date '2026-05-02', 'HOLIDAY', '劳动节'),
  (date '2026-05-03', 'HOLIDAY', '劳动节'),
  (date '2026-05-04', 'HOLIDAY', '劳动节'),
  (date '2026-05-05', 'HOLIDAY', '劳动节'),
  (date '2026-05-09', 'WORKDAY', '劳动节调休上班'),
  (date '2026-06-19', 'HOLIDAY', '端午节'),
  (date '2026-06-20', 'HOLIDAY', '端午节'),
  (date '2026-06-21', 'HOLIDAY', '端午节'),
  (date '2026-09-20', 'WORKDAY', '国庆节调休上班'),
  (date '2026-09-25', 'HOLIDAY', '中秋节'),
  (date '2026-09-26', 'HOLIDAY', '中秋节'),
  (date '2026-09-27', 'HOLIDAY', '中秋节'),
  (date '2026-10-01', 'HOLIDAY', '国庆节'),
  (date '2026-10-02', 'HOLIDAY', '国庆节'),
  (date '2026-10-03', 'HOLIDAY', '国庆节'),
  (date '2026-10-04', 'HOLIDAY', '国庆节'),
  (date '2026-10-05', 'HOLIDAY', '国庆节'),
  (date '2026-10-06', 'HOLIDAY', '国庆节'),
  (date '2026-10-07', 'HOLIDAY', '国庆节'),
  (date '2026-10-10', 'WORKDAY', '国庆节调休上班');

-- materials of births and deaths (a death's proof, and the deceased's card and booklet, are the
-- bundles' DEATH_PROOF and DECEASED_ID)
insert into material (code, name_zh, name_en) values
  ('BIRTH_DECLARATION', '出生登记申报表（申报人签名）', 'Signed birth registration declaration'),
  ('PARENTS_ID_CARDS', '父母双方居民身份证', 'Both parents'' resident identity cards'),
  ('LATE_BIRTH_PROOF', '逾期申报出生登记的情况说明及村（居）委会证明', 'Statement on the late declaration, certified by the village or community committee'),
  ('LATE_DEATH_PROOF', '逾期申报死亡的情况说明', 'Statement on the late declaration of death');

insert into register_operation_rule (operation, final_level, time_limit_days, late_after_days, legal_basis) values
  ('BIRTH', 'STATION', 3, 30, '《中华人民共和国户口登记条例》第七条'),
  ('DEATH', 'STATION', 3, 30, '《中华人民共和国户口登记条例》第八条');

insert into register_operation_material (operation, material_code, applies_when) values
  ('BIRTH', 'BIRTH_CERT', 'ALWAYS'),
  ('BIRTH', 'PARENTS_ID_CARDS', 'ALWAYS'),
  ('BIRTH', 'BOOKLET', 'ALWAYS'),
  ('BIRTH', 'BIRTH_DECLARATION', 'ALWAYS'),
  ('BIRTH', 'MARRIAGE_CERT', 'PARENTS_MARRIED'),
  ('BIRTH', 'LATE_BIRTH_PROOF', 'LATE'),
  ('BIRTH', 'GUARDIAN_PROOF', 'APPLICANT_NOT_PARENT'),
  ('DEATH', 'DEATH_PROOF', 'ALWAYS'),
  ('DEATH', 'DECEASED_ID', 'ALWAYS'),
  ('DEATH', 'ID_CARD', 'ALWAYS'),
  ('DEATH', 'LATE_DEATH_PROOF', 'LATE');

insert into refusal_ground (code, item, operation, text_zh, text_en, legal_basis) values
  ('BIRTH_NOT_HERE', null, 'BIRTH', '新生儿父母双方户口均不在本所辖区，不予办理出生登记', 'Neither parent is registered in this station''s area; the birth is not registered here', '《户口登记条例》第七条'),
  ('BIRTH_ALREADY', null, 'BIRTH', '该新生儿已在其他户口登记机关办理出生登记', 'The newborn is already registered by another registration office', '《户口登记条例》第七条'),
  ('DEATH_UNPROVEN', null, 'DEATH', '死亡证明材料不能证明该公民已经死亡', 'The proof offered does not show that the person has died', '《户口登记条例》第八条');

-- departments that learn of births and deaths without the citizen visiting them
insert into exchange_subscription (topic, organisation_id) values
  ('BIRTH_REGISTERED', 'DEPT-MEDINS'),
  ('BIRTH_REGISTERED', 'DEPT-HEALTH'),
  ('DEATH_REGISTERED', 'DEPT-PENSION'),
  ('DEATH_REGISTERED', 'DEPT-MEDINS'),
  ('DEATH_REGISTERED', 'DEPT-CIVIL');
