-- Gramota schema, version 5: the registrations list over a period, at a million registrations.
-- The list bounds the ids of a period by the smallest and largest id registered in it
-- (Registrations.list); these indexes give both from the index alone, by journal or overall.
-- They replace the indexes on (journal_id, registered_at) and (registered_at), whose prefixes they keep.
drop index ix_document_journal_registered;
create index ix_document_journal_registered_id on document (journal_id, registered_at, id);
drop index ix_document_registered_at;
create index ix_document_registered_at_id on document (registered_at, id);
