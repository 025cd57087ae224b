-- Reminders (issue 14): the address each person's reminders are mailed to, and the in-app inbox.
-- A notice is unique per (recipient, kind, subject, day): a daily timer that fires twice, or on two
-- nodes at once, inserts a day's notices once; the second insert fails on this key and is dropped.
alter table user_account add column email varchar(254);

create sequence notice_seq start with 1 increment by 50;
create table notice (
    id           bigint                   not null,
    recipient_id bigint                   not null,
    kind         varchar(30)              not null,
    subject_type varchar(30)              not null,
    subject_id   bigint                   not null,
    notice_day   date                     not null,
    title        varchar(500)             not null,
    text         varchar(4000)            not null,
    link         varchar(300)             not null,
    created_at   timestamp with time zone not null,
    read_at      timestamp with time zone,
    mailed_at    timestamp with time zone,
    constraint pk_notice primary key (id),
    constraint uk_notice_once unique (recipient_id, kind, subject_type, subject_id, notice_day),
    constraint fk_notice_recipient foreign key (recipient_id) references user_account (id)
);
create index ix_notice_recipient on notice (recipient_id, read_at, id);
