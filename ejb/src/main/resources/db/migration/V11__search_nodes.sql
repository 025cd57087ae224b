-- Where each node's search index stands in the index journal (issue 13). Every node applies the
-- journal to its own Lucene index and records here how far it got, every few seconds: applied is the
-- largest journal id applied, low_watermark the id at or below which every row is applied (ids above
-- it may still be waiting for their transaction to commit). Rows that every live node (seen within
-- the liveness window) has passed are pruned from the journal.
create table index_node (
    node          varchar(100)             not null,
    applied       bigint                   not null,
    low_watermark bigint                   not null,
    behind        bigint                   not null,
    records       bigint                   not null,
    rebuilding    boolean                  not null,
    updated_at    timestamp with time zone not null,
    constraint pk_index_node primary key (node)
);

-- How far the journal has been pruned: a node whose low watermark is below this missed rows that are
-- gone, and rebuilds its index from the records themselves.
create table index_journal_pruned (
    id      integer not null,
    through bigint  not null,
    constraint pk_index_journal_pruned primary key (id)
);
insert into index_journal_pruned (id, through) values (1, 0);
