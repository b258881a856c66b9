-- one row per run of a periodic job: the node that inserts it runs the job for that period, every
-- other node finds it there and skips (scheduled work runs once in a cluster)
create table job_run (
  job        varchar(64) not null,
  slot_start timestamp with time zone not null,
  node       varchar(200) not null,
  claimed_at timestamp with time zone not null,
  primary key (job, slot_start)
);
