-- Issue 12, the team's review and summary correctness (docs/PIPELINE.md, docs/CALIBRATION.md).
--
-- calibration: what the win/loss review needs of a closed deal (shared/calibration
-- CalibrationRecord: result, day of closing, each snapshot's likelihood, gap load and rule
-- codes; no personal field), null while the deal is open.
--
-- doc_version: how much of the deal's Yjs document the row was summarized from (the sum of the
-- state vector's clocks and of the deleted lengths: it grows with every insertion and every
-- deletion, so a state that contains another has a larger one). A summary is written only when
-- its version is at least the stored one: an older summary never overwrites a newer one, with
-- any number of processes. Rows written before this migration hold 0 and are overwritten.

alter table deal_summaries add column calibration jsonb;
alter table deal_summaries add column doc_version bigint not null default 0;

-- Rows summarized before today are summarized again (their days left, overdue and status
-- depend on the day); the sweep finds them by as_of.
create index deal_summaries_as_of on deal_summaries (as_of);
