-- Gramota schema, version 5: the registrations list over a period, at a million registrations.
-- The list of a journal over a period reads the period's ids from this index alone: it holds
-- what the list filters on (organisation, status) and the id it orders by, so finding the first
-- page of a month does not read a month of table rows. It also gives the smallest and largest id
-- of a period (Registrations.list bounds the ids with them). The same without a journal, by time.
-- They replace the indexes on (journal_id, registered_at) and (registered_at), whose prefixes they keep.
drop index ix_document_journal_registered;
create index ix_document_journal_registered_id on document (journal_id, registered_at, id, organisation_id, status);
drop index ix_document_registered_at;
create index ix_document_registered_at_id on document (registered_at, id);
