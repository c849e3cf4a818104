-- Issue 12, the team's likelihood model (docs/CALIBRATION.md, "The team's model on the server").
--
-- The setting a team lead adopted for the team (shared/document LikelihoodModelSetting), null
-- for the standard model. The setting itself travels in each deal's document
-- (deal.likelihoodModel); this copy says what the team is on, so the app shows it without
-- reading every deal.

alter table teams add column likelihood_model jsonb;
