-- failed logins per user name and per network address, shared by every node of a cluster
create table login_throttle (
  subject      varchar(200) primary key,
  failures     integer not null,
  window_start timestamp with time zone not null,
  locked_until timestamp with time zone
);
