-- Gramota schema, version 8: a document is found by its registration number (a link typed on the card: "в ответ на № 12").
create index ix_document_registration_number on document (registration_number, id);
