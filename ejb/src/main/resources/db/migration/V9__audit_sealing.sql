-- The audit trail without a global lock (issue 19). A transaction appends its record unsealed: a
-- number (seq) from the sequence audit_record_seq (V10), its content, no place in the chain yet. One
-- sealer per installation then gives the records, in the order it finds them, their place in the
-- hash chain (chain_position, 1, 2, 3… without gaps), the number of the record before them (prev_seq)
-- and the hashes; only the sealer locks audit_chain, the head of the sealed chain.
--
-- Every record written before this version is already sealed: its place is its number.
alter table audit_record add column chain_position bigint;
alter table audit_record add column prev_seq bigint;
update audit_record set chain_position = seq, prev_seq = seq - 1;
alter table audit_record alter column prev_hash drop not null;
alter table audit_record alter column hash drop not null;
-- Unique: two records never share a place; "chain_position is null" finds the unsealed ones.
create unique index ux_audit_record_chain_position on audit_record (chain_position);

-- The head: the place, number and hash of the last sealed record.
alter table audit_chain rename column last_seq to last_position;
alter table audit_chain add column last_record bigint;
update audit_chain set last_record = last_position;
alter table audit_chain alter column last_record set not null;
