-- A search of the register by name also finds a person by a former name (曾用名) and says so. The
-- printed column person.former_names keeps the names as the register prints them (张三、张叁); each
-- one is also kept on its own row here, whose index answers a search as the person's name index
-- does (the full name, or how it begins). The entity keeps both together.

create table person_former_name (
  person_id uuid        not null references person (id),
  name      varchar(50) not null,
  primary key (person_id, name)
);

create index ix_person_former_name_name on person_former_name (name);

-- the former names recorded so far, split where the register separates them (、, or a comma or
-- semicolon as a clerk may have typed)
insert into person_former_name (person_id, name)
with recursive parts (person_id, part, rest) as (
  select id, cast(null as varchar(200)), cast(translate(former_names, '，,；;', '、、、、') || '、' as varchar(400))
    from person where former_names is not null and trim(former_names) <> ''
  union all
  select person_id,
         cast(trim(substring(rest from 1 for position('、' in rest) - 1)) as varchar(200)),
         cast(substring(rest from position('、' in rest) + 1) as varchar(400))
    from parts where position('、' in rest) > 0
)
select distinct person_id, cast(substring(part from 1 for 50) as varchar(50)) from parts
  where part is not null and part <> '';
