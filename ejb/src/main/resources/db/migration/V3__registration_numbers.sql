-- Gramota schema, version 3: registration numbers. A counter row per journal and year is locked
-- for the short moment a number is taken; the unique key on the card is the last guard.

create table registration_counter (
    journal_id  bigint  not null,
    registration_year integer not null,
    last_number integer not null,
    constraint pk_registration_counter primary key (journal_id, registration_year),
    constraint fk_registration_counter_journal foreign key (journal_id) references registration_journal (id)
);

alter table document add column journal_id bigint;
alter table document add column registration_year integer;
alter table document add column registration_sequence integer;
alter table document add column registration_number varchar(31);
alter table document add column registered_at timestamp with time zone;
alter table document add column registered_by varchar(100);
alter table document add column status varchar(20) default 'DRAFT' not null;
alter table document add column title varchar(2000);
alter table document add column document_date date;
alter table document add column cancelled_at timestamp with time zone;
alter table document add column cancellation_reason varchar(1000);
alter table document add constraint fk_document_journal foreign key (journal_id) references registration_journal (id);
alter table document add constraint uk_document_registration unique (journal_id, registration_year, registration_sequence);
create index ix_document_journal_registered on document (journal_id, registered_at);
