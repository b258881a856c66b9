-- Household registration item change and correction, and the department exchange.

create table material (
  code    varchar(40)  primary key,
  name_zh varchar(100) not null,
  name_en varchar(100) not null,
  version bigint       not null default 0
);

create table change_item_rule (
  item              varchar(32) primary key,
  item_class        varchar(8)  not null,
  final_level_adult varchar(8)  not null,
  final_level_minor varchar(8)  not null,
  time_limit_days   integer     not null,
  card_relevant     boolean     not null default false,
  enabled           boolean     not null default true,
  version           bigint      not null default 0
);

create table change_item_material (
  item          varchar(32) not null references change_item_rule (item),
  material_code varchar(40) not null references material (code),
  primary key (item, material_code)
);

create table refusal_ground (
  code        varchar(40)  primary key,
  item        varchar(32),
  text_zh     varchar(400) not null,
  text_en     varchar(400) not null,
  legal_basis varchar(200) not null,
  version     bigint       not null default 0
);

create table acceptance_counter (
  station_id   varchar(32) not null references organisation (id),
  counter_year integer     not null,
  last_value   bigint      not null,
  primary key (station_id, counter_year)
);

create table change_application (
  id                    uuid         primary key,
  station_id            varchar(32)  not null references organisation (id),
  person_id             uuid         not null references person (id),
  applicant_relation    varchar(24)  not null,
  applicant_name        varchar(200) not null,
  applicant_resident_id varchar(18)  not null,
  child_consent         boolean,
  minor                 boolean      not null,
  reason                varchar(1000) not null,
  status                varchar(24)  not null,
  acceptance_no         varchar(32),
  accepted_at           timestamp with time zone,
  due_on                date,
  time_limit_days       integer      not null,
  final_level           varchar(8)   not null,
  current_level         varchar(8),
  taken_by              varchar(64),
  created_by            varchar(64)  not null,
  created_at            timestamp with time zone not null,
  refusal_ground        varchar(40)  references refusal_ground (code),
  decision_note         varchar(1000),
  decided_at            timestamp with time zone,
  version               bigint       not null default 0,
  constraint uq_change_acceptance_no unique (acceptance_no)
);
create index ix_change_station_status on change_application (station_id, status);
create index ix_change_level on change_application (status, current_level);
create index ix_change_person on change_application (person_id);

create table change_application_item (
  id             uuid        primary key,
  application_id uuid        not null references change_application (id),
  item           varchar(32) not null,
  item_class     varchar(8)  not null,
  old_value      varchar(400),
  new_value      varchar(400)
);
create index ix_change_item_application on change_application_item (application_id);

create table change_application_material (
  application_id uuid        not null references change_application (id),
  material_code  varchar(40) not null references material (code),
  primary key (application_id, material_code)
);

create table change_application_material_seen (
  application_id uuid        not null references change_application (id),
  material_code  varchar(40) not null references material (code),
  primary key (application_id, material_code)
);

create table change_step (
  id             uuid         primary key,
  application_id uuid         not null references change_application (id),
  seq            integer      not null,
  at             timestamp with time zone not null,
  actor          varchar(64)  not null,
  kind           varchar(24)  not null,
  level          varchar(8),
  note           varchar(1000)
);
create index ix_change_step_application on change_step (application_id, seq);

create table follow_on_duty (
  id             uuid        primary key,
  application_id uuid        not null references change_application (id),
  kind           varchar(24) not null,
  raised_at      timestamp with time zone not null,
  done_at        timestamp with time zone,
  done_by        varchar(64),
  version        bigint      not null default 0
);

-- days on which the counters do not work besides Saturdays and Sundays (data: add each year's)
create table public_holiday (
  holiday_date date        primary key,
  name_zh varchar(40)  not null
);

-- the department exchange
create table exchange_endpoint (
  organisation_id varchar(32)  primary key references organisation (id),
  url             varchar(500),
  secret          varchar(200),
  enabled         boolean      not null default false,
  version         bigint       not null default 0
);

-- which departments receive which kind of notification
create table exchange_subscription (
  topic           varchar(40) not null,
  organisation_id varchar(32) not null references organisation (id),
  primary key (topic, organisation_id)
);

create table notification (
  id              uuid          primary key,
  recipient_id    varchar(32)   not null references organisation (id),
  topic           varchar(40)   not null,
  subject_ref     varchar(64)   not null,
  idempotency_key varchar(120)  not null,
  payload         varchar(16000) not null,
  status          varchar(16)   not null,
  attempts        integer       not null default 0,
  next_attempt_at timestamp with time zone,
  claimed_until   timestamp with time zone,
  last_error      varchar(500),
  created_at      timestamp with time zone not null,
  delivered_at    timestamp with time zone,
  acknowledged_at timestamp with time zone,
  acknowledged_by varchar(64),
  version         bigint        not null default 0,
  constraint uq_notification_key unique (idempotency_key)
);
create index ix_notification_due on notification (status, next_attempt_at);
create index ix_notification_recipient on notification (recipient_id, status);

-- REST requests already answered, by Idempotency-Key: the same key twice creates one thing;
-- result is what the first request produced (the case id)
create table idempotent_request (
  idempotency_key varchar(200) not null,
  caller          varchar(64)  not null,
  operation       varchar(80)  not null,
  result          varchar(500) not null,
  created_at      timestamp with time zone not null,
  primary key (caller, idempotency_key)
);

-- seed: materials
insert into material (code, name_zh, name_en) values
  ('ID_CARD', '居民身份证', 'Resident identity card'),
  ('BOOKLET', '居民户口簿', 'Household registration booklet'),
  ('FORM_SIGNED', '户口登记项目变更更正申请审批表（申请人签名）', 'Signed application-and-approval form'),
  ('BIRTH_CERT', '出生医学证明', 'Birth medical certificate'),
  ('SCHOOL_RECORD', '入学或学籍档案材料', 'School enrolment or school records'),
  ('ARCHIVE_RECORD', '人事档案或原始户籍档案材料', 'Personnel file or original register records'),
  ('COURT_JUDGMENT', '人民法院判决书或裁定书', 'Court judgment or ruling'),
  ('ETHNICITY_APPROVAL', '民族成份变更审批材料', 'Approval of the change of ethnicity'),
  ('GUARDIAN_PROOF', '监护关系证明（出生医学证明或公证书）', 'Proof of guardianship'),
  ('CHILD_CONSENT', '年满8周岁未成年人本人同意书', 'Consent of the child (aged 8 or over)'),
  ('MEDICAL_PROOF', '医院出具的性别鉴定证明', 'Hospital certificate of sex'),
  ('DIPLOMA', '学历证书', 'Diploma or degree certificate'),
  ('MARRIAGE_CERT', '结婚证或离婚证', 'Marriage or divorce certificate'),
  ('EMPLOYMENT_PROOF', '单位证明或劳动合同', 'Employer certificate or labour contract'),
  ('ADDRESS_PROOF', '房屋产权证明或租赁证明', 'Proof of ownership or lease of the dwelling');

-- seed: the item catalogue of Xiuyu District (local practice; time limits in working days)
insert into change_item_rule (item, item_class, final_level_adult, final_level_minor, time_limit_days, card_relevant) values
  ('NAME',           'MAJOR', 'BRANCH', 'BRANCH', 40, true),
  ('FORMER_NAME',    'MAJOR', 'STATION', 'STATION', 20, false),
  ('ETHNICITY',      'MAJOR', 'BRANCH', 'BRANCH', 40, true),
  ('SEX',            'MAJOR', 'CITY',   'CITY',   40, true),
  ('BIRTH_DATE',     'MAJOR', 'CITY',   'BRANCH', 40, true),
  ('RESIDENT_ID',    'MAJOR', 'CITY',   'BRANCH', 40, true),
  ('ADDRESS',        'MINOR', 'STATION', 'STATION', 10, false),
  ('EDUCATION',      'MINOR', 'STATION', 'STATION', 10, false),
  ('MARITAL_STATUS', 'MINOR', 'STATION', 'STATION', 10, false),
  ('EMPLOYER',       'MINOR', 'STATION', 'STATION', 10, false),
  ('OCCUPATION',     'MINOR', 'STATION', 'STATION', 10, false),
  ('BIRTHPLACE',     'MINOR', 'STATION', 'STATION', 10, false),
  ('NATIVE_PLACE',   'MINOR', 'STATION', 'STATION', 10, false);

insert into change_item_material (item, material_code)
select r.item, m.code from change_item_rule r, material m where m.code in ('ID_CARD', 'BOOKLET', 'FORM_SIGNED');
insert into change_item_material (item, material_code) values
  ('NAME', 'ARCHIVE_RECORD'),
  ('ETHNICITY', 'ETHNICITY_APPROVAL'),
  ('SEX', 'MEDICAL_PROOF'),
  ('BIRTH_DATE', 'BIRTH_CERT'),
  ('BIRTH_DATE', 'ARCHIVE_RECORD'),
  ('RESIDENT_ID', 'ARCHIVE_RECORD'),
  ('ADDRESS', 'ADDRESS_PROOF'),
  ('EDUCATION', 'DIPLOMA'),
  ('MARITAL_STATUS', 'MARRIAGE_CERT'),
  ('EMPLOYER', 'EMPLOYMENT_PROOF'),
  ('BIRTHPLACE', 'BIRTH_CERT');

insert into refusal_ground (code, item, text_zh, text_en, legal_basis) values
  ('NAME_PENALTY', 'NAME', '申请人正在服刑或者被采取强制措施、正在接受行政处罚，不予变更姓名', 'The applicant is serving a sentence, under a compulsory measure or an administrative penalty; the name is not changed', '《户口登记条例》第十八条及本省姓名变更规定'),
  ('NAME_PENDING_CASE', 'NAME', '申请人涉及尚未办结的案件，不予变更姓名', 'The applicant is involved in a case not yet concluded; the name is not changed', '《户口登记条例》第十八条及本省姓名变更规定'),
  ('NAME_IMPROPER', 'NAME', '申请变更的姓名含有不符合社会公序良俗或者国家规范汉字的内容', 'The requested name is improper or not in standard Chinese characters', '《中华人民共和国民法典》第一千零一十二条、第一千零一十五条'),
  ('NO_PROOF', null, '提供的证明材料不能证明原登记项目有误或者需要变更', 'The proof offered does not show that the registered item is wrong or must change', '《户口登记条例》第十七条、第十八条'),
  ('FALSE_MATERIAL', null, '提供的材料经核查不真实', 'The materials offered were found to be false', '《户口登记条例》第十八条');

insert into exchange_subscription (topic, organisation_id) values
  ('HOUSEHOLD_CHANGE', 'DEPT-MEDINS'),
  ('HOUSEHOLD_CHANGE', 'DEPT-PENSION');

insert into exchange_endpoint (organisation_id, url, secret, enabled) values
  ('DEPT-MEDINS', null, null, false),
  ('DEPT-PENSION', null, null, false);
