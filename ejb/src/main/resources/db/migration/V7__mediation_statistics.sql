-- Mediation figures kept as disputes change, so the dashboard reads a few cells per month instead
-- of scanning years of cases: one cell per month, town, body, level and dispute type counting what
-- happened that month (received, accepted, settled, referred, sessions used by the concluded
-- disputes, their days to settle); and the days to settle as a histogram, for the median.
create table mediation_stat (
  stat_month      date        not null,
  town_code       varchar(9)  not null,
  body_id         varchar(32) not null,
  body_level      varchar(12) not null,
  dispute_type    varchar(24) not null,
  received        integer     not null,
  accepted        integer     not null,
  settled         integer     not null,
  referred        integer     not null,
  rounds_used     integer     not null,
  settle_days_sum bigint      not null,
  primary key (stat_month, town_code, body_id, body_level, dispute_type)
);

create table mediation_settle_days (
  stat_month   date        not null,
  town_code    varchar(9)  not null,
  body_id      varchar(32) not null,
  body_level   varchar(12) not null,
  dispute_type varchar(24) not null,
  days         integer     not null,
  cases        integer     not null,
  primary key (stat_month, town_code, body_id, body_level, dispute_type, days)
);

-- the body a dispute was first handed to, which the figures credit with receiving it
alter table dispute_case add column first_body_id varchar(32) references organisation (id);
update dispute_case set first_body_id = body_id;
