-- Issue 12: one summary row per shared deal, the pipeline's row (shared/pipeline PipelineRow)
-- computed in Node from the deal's Yjs document each time it is stored. The row is JSON; the
-- columns beside it are what the pipeline filters and sorts on, copied from the row. Who may
-- read a row is decided from deals, deal_members and team_members, as for the deal itself.

create table deal_summaries (
  deal_id text primary key references deals (id) on delete cascade,
  row jsonb not null,
  status text not null check (status in ('red', 'amber', 'green')),
  likelihood real not null,
  purchase_stage text not null,
  decision_date date,
  value double precision,
  currency text,
  closed boolean not null,
  -- the analysis date of the row (YYYY-MM-DD): days left and overdue are as of that day
  as_of date not null,
  summarized_at timestamptz not null default now()
);

create index deal_summaries_open on deal_summaries (closed, status);
create index deal_summaries_decision on deal_summaries (decision_date);
