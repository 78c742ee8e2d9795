-- Reminders are swept, not timed: the process "Nhắc việc" (task-reminders) looks every few minutes
-- for open tasks whose reminder has fallen due (from their due date and today's settings). Each
-- reminder a task has had is one row here, written with its e-mails, so a sweep run twice, or on two
-- servers at once, tells nobody twice. Rows of tasks that have ended are removed by the sweep.
create table task_reminder (
    task_id   varchar(64) not null,
    kind      varchar(20) not null,
    swept_at  timestamp   not null,
    primary key (task_id, kind)
);

-- One sweep at a time, on any server: each sweep's transaction takes this row first.
create table reminder_sweep (
    id          smallint  primary key check (id = 1),
    last_swept  timestamp
);
insert into reminder_sweep (id, last_swept) values (1, null);
