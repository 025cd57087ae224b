-- Control of execution (issue 14): resolutions on registered documents and the assignments they give,
-- a tree of any depth; the history of every transition and change of deadline; extension requests.
-- Control refers to documents by id. Overdue is never stored: deadline < today while still open.

create sequence resolution_seq start with 1 increment by 50;
create table resolution (
    id              bigint                   not null,
    document_id     bigint                   not null,
    organisation_id bigint                   not null,
    author_id       bigint                   not null,
    text            varchar(4000)            not null,
    resolution_date date                     not null,
    urgency         varchar(20),
    asked_deadline  date                     not null,
    deadline        date                     not null,
    on_control      boolean                  not null,
    controller_id   bigint,
    created_at      timestamp with time zone not null,
    constraint pk_resolution primary key (id),
    constraint fk_resolution_document foreign key (document_id) references document (id),
    constraint fk_resolution_organisation foreign key (organisation_id) references organisation (id),
    constraint fk_resolution_author foreign key (author_id) references user_account (id),
    constraint fk_resolution_controller foreign key (controller_id) references user_account (id),
    constraint ck_resolution_urgency check (urgency in ('URGENT', 'PROMPT', 'ORDINARY'))
);
create index ix_resolution_document on resolution (document_id);

create sequence assignment_seq start with 1 increment by 50;
create table assignment (
    id              bigint                   not null,
    resolution_id   bigint                   not null,
    parent_id       bigint,
    document_id     bigint                   not null,
    organisation_id bigint                   not null,
    executor_id     bigint                   not null,
    department_id   bigint,
    responsible     boolean                  not null,
    issued_by_id    bigint                   not null,
    controller_id   bigint                   not null,
    on_control      boolean                  not null,
    text            varchar(4000)            not null,
    deadline        date                     not null,
    state           varchar(20)              not null,
    issued_at       timestamp with time zone not null,
    started_at      timestamp with time zone,
    reported_at     timestamp with time zone,
    report_text     varchar(4000),
    done_on         date,
    closed_at       timestamp with time zone,
    closed_by       varchar(100),
    version         bigint                   not null,
    constraint pk_assignment primary key (id),
    constraint fk_assignment_resolution foreign key (resolution_id) references resolution (id),
    constraint fk_assignment_parent foreign key (parent_id) references assignment (id),
    constraint fk_assignment_document foreign key (document_id) references document (id),
    constraint fk_assignment_organisation foreign key (organisation_id) references organisation (id),
    constraint fk_assignment_executor foreign key (executor_id) references user_account (id),
    constraint fk_assignment_department foreign key (department_id) references department (id),
    constraint fk_assignment_issued_by foreign key (issued_by_id) references user_account (id),
    constraint fk_assignment_controller foreign key (controller_id) references user_account (id),
    constraint ck_assignment_state check (state in ('ISSUED', 'IN_PROGRESS', 'REPORTED', 'ACCEPTED', 'WITHDRAWN'))
);
-- "My assignments" (open first, by deadline), "on my control", a document's tree, the reports.
create index ix_assignment_executor on assignment (executor_id, state, deadline);
create index ix_assignment_controller on assignment (controller_id, state, deadline);
create index ix_assignment_document on assignment (document_id);
create index ix_assignment_resolution on assignment (resolution_id);
create index ix_assignment_parent on assignment (parent_id);
create index ix_assignment_organisation on assignment (organisation_id, deadline);

create sequence assignment_event_seq start with 1 increment by 50;
create table assignment_event (
    id            bigint                   not null,
    assignment_id bigint                   not null,
    kind          varchar(30)              not null,
    happened_at   timestamp with time zone not null,
    actor         varchar(100)             not null,
    from_deadline date,
    to_deadline   date,
    text          varchar(4000),
    constraint pk_assignment_event primary key (id),
    constraint fk_assignment_event_assignment foreign key (assignment_id) references assignment (id)
);
create index ix_assignment_event_assignment on assignment_event (assignment_id);

create sequence extension_request_seq start with 1 increment by 50;
create table extension_request (
    id             bigint                   not null,
    assignment_id  bigint                   not null,
    requested_by   varchar(100)             not null,
    requested_at   timestamp with time zone not null,
    from_deadline  date                     not null,
    asked_deadline date                     not null,
    reason         varchar(4000)            not null,
    state          varchar(20)              not null,
    decided_by     varchar(100),
    decided_at     timestamp with time zone,
    comment        varchar(4000),
    version        bigint                   not null,
    constraint pk_extension_request primary key (id),
    constraint fk_extension_request_assignment foreign key (assignment_id) references assignment (id),
    constraint ck_extension_request_state check (state in ('REQUESTED', 'APPROVED', 'REFUSED'))
);
create index ix_extension_request_assignment on extension_request (assignment_id);

-- The control mark (29) is the clerk's until a resolution puts the document on control; from then on
-- it is derived from the document's assignments.
alter table document add column control_derived boolean default false not null;
