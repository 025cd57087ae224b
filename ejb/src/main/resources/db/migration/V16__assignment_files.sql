-- Files of an assignment's report (issue 14): attached by the executor while the assignment is theirs
-- to do, kept with it after the report. The content lives in the blob store under its SHA-256; the
-- row is written after the blob, so a row never points at nothing.
create sequence assignment_file_seq start with 1 increment by 50;
create table assignment_file (
    id            bigint                   not null,
    assignment_id bigint                   not null,
    sha256        varchar(64)              not null,
    file_name     varchar(255)             not null,
    media_type    varchar(150)             not null,
    size_bytes    bigint                   not null,
    uploaded_at   timestamp with time zone not null,
    uploaded_by   varchar(100)             not null,
    constraint pk_assignment_file primary key (id),
    constraint fk_assignment_file_assignment foreign key (assignment_id) references assignment (id)
);
create index ix_assignment_file_assignment on assignment_file (assignment_id);
create index ix_assignment_file_sha256 on assignment_file (sha256);
