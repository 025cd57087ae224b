-- Gramota schema, version 6: finding an organisation by what one types (the administrators' tree
-- holds a region's hundreds of municipalities and thousands of settlements). The key is the code,
-- full and short name compared as the correspondents directory compares names (lower case, ё as
-- е, runs of spaces as one), computed in Java (Organisation.searchKey) so that H2 and PostgreSQL
-- agree whatever the database's locale; V7 fills it for the organisations already there.
alter table organisation add column search_key varchar(800);
create index ix_organisation_search on organisation (search_key);
