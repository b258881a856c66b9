-- Police-to-mediation handoff (公调对接): disputes received by a police station and handed to a
-- people's mediation committee or a station's mediation room; capped rounds per level with
-- escalation; settlement by agreement or referral; feedback to the station; follow-up. What varies
-- by place is data: dispute types and where each goes first, the bodies with their level and time
-- to accept, the round caps per level.

-- one gapless counter per organisation, series and year (household changes, bundles, disputes);
-- replaces acceptance_counter, whose rows are the change and bundle series so far
create table number_counter (
  organisation_id varchar(32) not null references organisation (id),
  series          varchar(16) not null,
  counter_year    integer     not null,
  last_value      bigint      not null,
  primary key (organisation_id, series, counter_year)
);
insert into number_counter (organisation_id, series, counter_year, last_value)
  select c.station_id, case when o.kind = 'SERVICE_HALL' then 'BUNDLE' else 'CHANGE' end,
         c.counter_year, c.last_value
  from acceptance_counter c join organisation o on o.id = c.station_id;
drop table acceptance_counter;

-- the district judicial bureau supervises people's mediation
insert into organisation (id, kind, name_zh, name_en, seat_code, parent_id) values
  ('DEPT-JUSTICE', 'DEPARTMENT', '秀屿区司法局', 'Xiuyu District Justice Bureau', '350305', null);
insert into organisation_jurisdiction (organisation_id, division_code) values ('DEPT-JUSTICE', '350305');

-- the levels of people's mediation and their round caps ("432": 4 village, 3 town, 2 district)
create table mediation_level_rule (
  level      varchar(12)  primary key,
  name_zh    varchar(20)  not null,
  name_en    varchar(40)  not null,
  max_rounds integer      not null,
  sort_order integer      not null,
  version    bigint       not null default 0,
  constraint ck_mediation_rounds check (max_rounds > 0)
);
insert into mediation_level_rule (level, name_zh, name_en, max_rounds, sort_order) values
  ('VILLAGE', '村（社区）级', 'Village', 4, 1),
  ('TOWN', '镇（街道）级', 'Town', 3, 2),
  ('DISTRICT', '区级', 'District', 2, 3);

-- the bodies that mediate: their level, kind (committee, village sage committee, mediation room
-- in a police station) and the hours they have to accept a case handed to them
create table mediation_body (
  organisation_id varchar(32) primary key references organisation (id),
  level           varchar(12) not null references mediation_level_rule (level),
  kind            varchar(12) not null,
  accept_hours    integer     not null default 24,
  version         bigint      not null default 0
);
insert into mediation_body (organisation_id, level, kind)
  select o.id,
         case when o.id = 'MC-XIUYU' then 'DISTRICT'
              when char_length(o.seat_code) = 9 then 'TOWN' else 'VILLAGE' end,
         case when o.kind = 'MEDIATION_ROOM' then 'ROOM'
              when o.id like 'MS-%' then 'SAGE' else 'COMMITTEE' end
  from organisation o where o.kind in ('MEDIATION_COMMITTEE', 'MEDIATION_ROOM');

-- dispute types, and where each is proposed to go first: the village sage committee, the village
-- committee, the police station's mediation room, or the town committee (the officer may pick
-- another); a missing body falls back to the next one up
create table dispute_type (
  code       varchar(24)  primary key,
  name_zh    varchar(50)  not null,
  name_en    varchar(80)  not null,
  first_body varchar(16)  not null,
  sort_order integer      not null,
  version    bigint       not null default 0
);
insert into dispute_type (code, name_zh, name_en, first_body, sort_order) values
  ('NEIGHBOUR', '邻里纠纷', 'Neighbours', 'VILLAGE_SAGE', 10),
  ('BOUNDARY', '土地、宅基地及房屋权属纠纷', 'Land, plot or building boundary', 'VILLAGE', 20),
  ('FAMILY', '家庭纠纷', 'Family', 'VILLAGE_SAGE', 30),
  ('MARRIAGE', '婚姻纠纷', 'Marriage', 'VILLAGE', 40),
  ('SMALL_DEBT', '小额债务纠纷', 'Small debt', 'TOWN', 50),
  ('LABOUR', '劳动争议（劳务报酬）', 'Labour (pay for work)', 'TOWN', 60),
  ('TRAFFIC_DAMAGE', '轻微交通事故损害赔偿纠纷', 'Minor traffic damage', 'STATION_ROOM', 70),
  ('OTHER', '其他纠纷', 'Other', 'VILLAGE', 90);

create table dispute_case (
  id                    uuid          primary key,
  case_no               varchar(32)   not null,
  station_id            varchar(32)   not null references organisation (id),
  source                varchar(12)   not null,
  source_ref            varchar(40),
  dispute_type          varchar(24)   not null references dispute_type (code),
  place_code            varchar(18)   not null references division (code),
  place_text            varchar(400)  not null,
  summary               varchar(4000) not null,
  urgency               varchar(8)    not null,
  status                varchar(20)   not null,
  body_id               varchar(32)   references organisation (id),
  body_level            varchar(12),
  received_at           timestamp with time zone not null,
  received_by           varchar(64)   not null,
  handed_over_at        timestamp with time zone,
  accept_due_at         timestamp with time zone,
  accepted_at           timestamp with time zone,
  acceptance_overdue_at timestamp with time zone,
  return_reason         varchar(1000),
  agreement_kind        varchar(8),
  agreement_facts       varchar(4000),
  agreement_matters     varchar(4000),
  agreement_content     varchar(4000),
  performance_manner    varchar(1000),
  performance_due       date,
  settled_at            timestamp with time zone,
  confirmation_due      date,
  referral              varchar(16),
  referral_note         varchar(1000),
  follow_up_due         date,
  follow_up_result      varchar(12),
  follow_up_note        varchar(1000),
  followed_up_at        timestamp with time zone,
  closed_at             timestamp with time zone,
  outcome_at            timestamp with time zone,
  outcome_seen_at       timestamp with time zone,
  version               bigint        not null default 0,
  constraint uq_dispute_case_no unique (case_no)
);
create index ix_dispute_station on dispute_case (station_id, status);
create index ix_dispute_body on dispute_case (body_id, status);
create index ix_dispute_accept_due on dispute_case (status, accept_due_at);
create index ix_dispute_follow_up on dispute_case (status, follow_up_due);

create table dispute_party (
  case_id     uuid         not null references dispute_case (id),
  seq         integer      not null,
  role        varchar(12)  not null,
  name        varchar(200) not null,
  resident_id varchar(18),
  id_kind     varchar(16)  not null,
  id_number   varchar(40)  not null,
  sex         varchar(8),
  phone       varchar(20),
  address     varchar(400),
  consent     boolean      not null,
  primary key (case_id, seq)
);

create table mediation_round (
  case_id     uuid          not null references dispute_case (id),
  seq         integer       not null,
  body_level  varchar(12)   not null,
  body_id     varchar(32)   not null references organisation (id),
  held_on     date          not null,
  mediators   varchar(400)  not null,
  attendees   varchar(1000) not null,
  record_text varchar(8000) not null,
  result      varchar(12)   not null,
  recorded_by varchar(64)   not null,
  recorded_at timestamp with time zone not null,
  primary key (case_id, seq)
);

create table dispute_event (
  case_id         uuid          not null references dispute_case (id),
  seq             integer       not null,
  at              timestamp with time zone not null,
  actor           varchar(64)   not null,
  organisation_id varchar(32)   not null,
  kind            varchar(24)   not null,
  note            varchar(1000),
  primary key (case_id, seq)
);
