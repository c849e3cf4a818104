-- Issue 11: a store appends only what is new. documents.state stays the base (the merged Yjs
-- state as of its last compaction); document_updates holds the Yjs updates stored since, in
-- any order (Yjs updates commute). A deal's state is its base merged with all its updates;
-- compaction folds updates into the base and deletes exactly the rows it folded.

create table document_updates (
  id bigserial primary key,
  deal_id text not null references deals (id) on delete cascade,
  change bytea not null,
  stored_at timestamptz not null default now()
);

create index document_updates_deal on document_updates (deal_id, id);
