-- Gramota schema, version 2: people and positions, sign-in protection, API tokens, the access
-- facts of documents, and the hash-chained audit trail.

-- The organisation that administers an account (its "home"); positions and roles may be elsewhere.
alter table user_account add column organisation_id bigint;
alter table user_account add constraint fk_user_account_organisation foreign key (organisation_id) references organisation (id);
create index ix_user_account_organisation on user_account (organisation_id);
update user_account set organisation_id = (select min(g.organisation_id) from role_grant g where g.user_id = user_account.id);
-- Repeated failed sign-ins lock the account for a while (lockout with back-off).
alter table user_account add column failed_sign_ins integer default 0 not null;
alter table user_account add column locked_until timestamp with time zone;
alter table user_account add column password_changed_at timestamp with time zone;

alter table department add column parent_id bigint;
alter table department add constraint fk_department_parent foreign key (parent_id) references department (id);

create sequence staff_position_seq start with 1 increment by 50;
create table staff_position (
    id              bigint       not null,
    organisation_id bigint       not null,
    department_id   bigint,
    title           varchar(300) not null,
    active          boolean      not null,
    version         bigint       not null,
    constraint pk_staff_position primary key (id),
    constraint fk_staff_position_organisation foreign key (organisation_id) references organisation (id),
    constraint fk_staff_position_department foreign key (department_id) references department (id)
);
create index ix_staff_position_organisation on staff_position (organisation_id);

-- A person holds a position: one person may hold several, in several organisations.
create sequence appointment_seq start with 1 increment by 50;
create table appointment (
    id          bigint not null,
    user_id     bigint not null,
    position_id bigint not null,
    constraint pk_appointment primary key (id),
    constraint uk_appointment unique (user_id, position_id),
    constraint fk_appointment_user foreign key (user_id) references user_account (id),
    constraint fk_appointment_position foreign key (position_id) references staff_position (id)
);
create index ix_appointment_position on appointment (position_id);

-- Bearer tokens of the REST API: only a SHA-256 of the token is stored.
create sequence api_token_seq start with 1 increment by 50;
create table api_token (
    id           bigint                   not null,
    token_hash   varchar(64)              not null,
    user_id      bigint                   not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    constraint pk_api_token primary key (id),
    constraint uk_api_token_hash unique (token_hash),
    constraint fk_api_token_user foreign key (user_id) references user_account (id)
);
create index ix_api_token_user on api_token (user_id);

-- What the access policy needs to know of a document: where it is registered, whether it is ДСП,
-- who works on it, where it was sent and who was granted access. Registration adds the card.
create sequence document_seq start with 1 increment by 50;
create table document (
    id              bigint  not null,
    organisation_id bigint  not null,
    restricted      boolean not null,
    version         bigint  not null,
    constraint pk_document primary key (id),
    constraint fk_document_organisation foreign key (organisation_id) references organisation (id)
);
create index ix_document_organisation on document (organisation_id);

create table document_participant (
    document_id bigint      not null,
    user_id     bigint      not null,
    role        varchar(20) not null,
    constraint pk_document_participant primary key (document_id, user_id, role),
    constraint fk_document_participant_document foreign key (document_id) references document (id),
    constraint fk_document_participant_user foreign key (user_id) references user_account (id)
);
create index ix_document_participant_user on document_participant (user_id);

create table document_recipient (
    document_id     bigint not null,
    organisation_id bigint not null,
    constraint pk_document_recipient primary key (document_id, organisation_id),
    constraint fk_document_recipient_document foreign key (document_id) references document (id),
    constraint fk_document_recipient_organisation foreign key (organisation_id) references organisation (id)
);
create index ix_document_recipient_organisation on document_recipient (organisation_id);

create table document_access_grant (
    document_id bigint                   not null,
    user_id     bigint                   not null,
    granted_by  varchar(100)             not null,
    granted_at  timestamp with time zone not null,
    constraint pk_document_access_grant primary key (document_id, user_id),
    constraint fk_document_access_grant_document foreign key (document_id) references document (id),
    constraint fk_document_access_grant_user foreign key (user_id) references user_account (id)
);
create index ix_document_access_grant_user on document_access_grant (user_id);

-- The audit trail: append-only, each record's hash covers its content and the previous hash.
-- audit_chain holds the head of the chain; appending locks it, so the chain has one order.
create table audit_chain (
    id        integer     not null,
    last_seq  bigint      not null,
    last_hash varchar(64) not null,
    constraint pk_audit_chain primary key (id)
);
insert into audit_chain (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table audit_record (
    seq          bigint                   not null,
    occurred_at  timestamp with time zone not null,
    actor        varchar(100)             not null,
    action       varchar(60)              not null,
    object_type  varchar(60)              not null,
    object_id    varchar(200)             not null,
    before_state varchar(20000),
    after_state  varchar(20000),
    prev_hash    varchar(64)              not null,
    hash         varchar(64)              not null,
    constraint pk_audit_record primary key (seq)
);
create index ix_audit_record_actor on audit_record (actor, occurred_at);
create index ix_audit_record_object on audit_record (object_type, object_id, occurred_at);
create index ix_audit_record_occurred on audit_record (occurred_at);
