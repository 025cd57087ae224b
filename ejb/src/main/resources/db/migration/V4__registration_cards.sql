-- Gramota schema, version 4: the full registration card (requisites of ГОСТ Р 7.0.97-2016), the
-- correspondents directory, the nomenclature of cases, links between documents, attached files
-- and the search index journal.

-- Correspondents: organisations outside (and inside) the region, region-wide, and citizens, who
-- belong to the organisation that registered their appeal (personal data stays there).
create sequence correspondent_seq start with 1 increment by 50;
create table correspondent (
    id                    bigint       not null,
    kind                  varchar(20)  not null,
    name                  varchar(500) not null,
    search_key            varchar(500) not null,
    inn                   varchar(12),
    address               varchar(500),
    email                 varchar(200),
    owner_organisation_id bigint,
    active                boolean      default true not null,
    version               bigint       default 0 not null,
    constraint pk_correspondent primary key (id),
    constraint fk_correspondent_owner foreign key (owner_organisation_id) references organisation (id)
);
create index ix_correspondent_search on correspondent (search_key);
create index ix_correspondent_owner on correspondent (owner_organisation_id);

-- The nomenclature of cases [номенклатура дел]: per organisation and year.
create sequence nomenclature_case_seq start with 1 increment by 50;
create table nomenclature_case (
    id                bigint        not null,
    organisation_id   bigint        not null,
    case_year         integer       not null,
    case_index        varchar(20)   not null,
    title             varchar(1000) not null,
    retention_kind    varchar(30)   not null,
    retention_years   integer,
    retention_article varchar(50),
    expert_review     boolean       default false not null,
    version           bigint        default 0 not null,
    constraint pk_nomenclature_case primary key (id),
    constraint fk_nomenclature_case_organisation foreign key (organisation_id) references organisation (id),
    constraint uk_nomenclature_case unique (organisation_id, case_year, case_index)
);

-- The card's requisites; the numbers in brackets are those of ГОСТ Р 7.0.97-2016.
alter table document add column kind varchar(40);                       -- the journal's kind
alter table document add column document_type varchar(100);             -- (09)
alter table document add column department_id bigint;                   -- (06)
alter table document add column correspondent_id bigint;                -- sender or author
alter table document add column correspondent_number varchar(100);      -- (12)
alter table document add column correspondent_date date;                -- (12)
alter table document add column signatory_name varchar(300);            -- (22) outside the organisation
alter table document add column body_text varchar(100000);              -- (18)
alter table document add column pages integer;                          -- (19)
alter table document add column on_control boolean default false not null; -- (29)
alter table document add column control_deadline date;
alter table document add column case_id bigint;                         -- (30)
alter table document add column delivery_channel varchar(30);
alter table document add column duplicate_of_id bigint;
alter table document add column edited_at timestamp with time zone;
alter table document add column edited_by varchar(100);
alter table document add constraint fk_document_department foreign key (department_id) references department (id);
alter table document add constraint fk_document_correspondent foreign key (correspondent_id) references correspondent (id);
alter table document add constraint fk_document_case foreign key (case_id) references nomenclature_case (id);
alter table document add constraint fk_document_duplicate_of foreign key (duplicate_of_id) references document (id);
update document set kind = (select j.document_kind from registration_journal j where j.id = document.journal_id)
    where journal_id is not null;
-- List filters end in "order by id desc", so each filter column leads an index that ends in id.
create index ix_document_organisation_id on document (organisation_id, id);
create index ix_document_journal_id on document (journal_id, id);
create index ix_document_kind_id on document (kind, id);
create index ix_document_correspondent_id on document (correspondent_id, id);
create index ix_document_case_id on document (case_id, id);
create index ix_document_registered_at on document (registered_at);
create index ix_document_correspondent_reference on document (correspondent_id, correspondent_number, correspondent_date);

-- Addressees outside the organisation (15), for outgoing documents.
create table document_addressee (
    document_id      bigint not null,
    correspondent_id bigint not null,
    constraint pk_document_addressee primary key (document_id, correspondent_id),
    constraint fk_document_addressee_document foreign key (document_id) references document (id),
    constraint fk_document_addressee_correspondent foreign key (correspondent_id) references correspondent (id)
);
create index ix_document_addressee_correspondent on document_addressee (correspondent_id);

-- Links: in reply to, in execution of, related to. Shown from both ends.
create sequence document_link_seq start with 1 increment by 50;
create table document_link (
    id               bigint                   not null,
    from_document_id bigint                   not null,
    to_document_id   bigint                   not null,
    link_type        varchar(20)              not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(100)             not null,
    constraint pk_document_link primary key (id),
    constraint fk_document_link_from foreign key (from_document_id) references document (id),
    constraint fk_document_link_to foreign key (to_document_id) references document (id),
    constraint uk_document_link unique (from_document_id, to_document_id, link_type)
);
create index ix_document_link_to on document_link (to_document_id);

-- Attached files (19). The content lives in the blob store under its SHA-256; the row is written
-- after the blob, so a row never points at nothing.
create sequence document_file_seq start with 1 increment by 50;
create table document_file (
    id             bigint                   not null,
    document_id    bigint                   not null,
    sha256         varchar(64)              not null,
    file_name      varchar(255)             not null,
    media_type     varchar(150)             not null,
    size_bytes     bigint                   not null,
    pages          integer,
    extracted_text varchar(1000000),
    text_status    varchar(30)              not null,
    uploaded_at    timestamp with time zone not null,
    uploaded_by    varchar(100)             not null,
    constraint pk_document_file primary key (id),
    constraint fk_document_file_document foreign key (document_id) references document (id)
);
create index ix_document_file_document on document_file (document_id);
create index ix_document_file_sha256 on document_file (sha256);

-- The search index journal: every change to something searchable, in the changing transaction.
-- Each node's Lucene index applies it in id order (ARCHITECTURE.md, Search).
create table index_journal (
    id          bigint generated by default as identity,
    entity_type varchar(30)              not null,
    entity_id   bigint                   not null,
    operation   varchar(10)              not null,
    recorded_at timestamp with time zone not null,
    constraint pk_index_journal primary key (id)
);
