-- How a node's search index rebuild is going (issue 13), as the node last reported it: records walked,
-- records to walk, and records a second since the rebuild job (re)started. Null when none is under way.
alter table index_node add column rebuild_done bigint;
alter table index_node add column rebuild_total bigint;
alter table index_node add column rebuild_rate double precision;
