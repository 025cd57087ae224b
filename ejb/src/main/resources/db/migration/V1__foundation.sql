-- Gramota schema, version 1: the organisation skeleton, user accounts, registration journals and
-- the messaging self-check. One history for H2 and PostgreSQL: only SQL that both understand.
-- Identifiers come from sequences that step by 50, matching the entities' allocation size.

create sequence organisation_seq start with 1 increment by 50;
create table organisation (
    id          bigint       not null,
    code        varchar(32)  not null,
    name        varchar(500) not null,
    short_name  varchar(200),
    kind        varchar(40)  not null,
    parent_id   bigint,
    active      boolean      not null,
    version     bigint       not null,
    constraint pk_organisation primary key (id),
    constraint uk_organisation_code unique (code),
    constraint fk_organisation_parent foreign key (parent_id) references organisation (id)
);
create index ix_organisation_parent on organisation (parent_id);

create sequence department_seq start with 1 increment by 50;
create table department (
    id              bigint       not null,
    organisation_id bigint       not null,
    code            varchar(32)  not null,
    name            varchar(500) not null,
    active          boolean      not null,
    version         bigint       not null,
    constraint pk_department primary key (id),
    constraint uk_department_code unique (organisation_id, code),
    constraint fk_department_organisation foreign key (organisation_id) references organisation (id)
);

create sequence user_account_seq start with 1 increment by 50;
create table user_account (
    id            bigint                   not null,
    username      varchar(100)             not null,
    full_name     varchar(300)             not null,
    password_hash varchar(300)             not null,
    department_id bigint,
    active        boolean                  not null,
    created_at    timestamp with time zone not null,
    version       bigint                   not null,
    constraint pk_user_account primary key (id),
    constraint uk_user_account_username unique (username),
    constraint fk_user_account_department foreign key (department_id) references department (id)
);

create sequence role_grant_seq start with 1 increment by 50;
create table role_grant (
    id              bigint      not null,
    user_id         bigint      not null,
    organisation_id bigint      not null,
    role            varchar(40) not null,
    constraint pk_role_grant primary key (id),
    constraint uk_role_grant unique (user_id, organisation_id, role),
    constraint fk_role_grant_user foreign key (user_id) references user_account (id),
    constraint fk_role_grant_organisation foreign key (organisation_id) references organisation (id)
);
create index ix_role_grant_organisation on role_grant (organisation_id);

create sequence registration_journal_seq start with 1 increment by 50;
create table registration_journal (
    id              bigint       not null,
    organisation_id bigint       not null,
    code            varchar(32)  not null,
    name            varchar(300) not null,
    document_kind   varchar(40)  not null,
    number_pattern  varchar(100) not null,
    active          boolean      not null,
    version         bigint       not null,
    constraint pk_registration_journal primary key (id),
    constraint uk_registration_journal_code unique (organisation_id, code),
    constraint fk_registration_journal_organisation foreign key (organisation_id) references organisation (id)
);

create table self_check_probe (
    id          uuid                     not null,
    sent_at     timestamp with time zone,
    received_at timestamp with time zone,
    received_by varchar(200),
    constraint pk_self_check_probe primary key (id)
);
create index ix_self_check_probe_sent_at on self_check_probe (sent_at);
