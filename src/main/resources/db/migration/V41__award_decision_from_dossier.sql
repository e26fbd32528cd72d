-- A decision entered from a proposal dossier (hồ sơ đề nghị) keeps the dossier it answers:
-- the dossier's page links to it, and recording the decision marks the dossier decided.
-- One decision a dossier (an amending decision is linked to the decision it amends).

alter table award_decision add column dossier_id bigint references award_dossier (id);

create unique index award_decision_dossier_uk on award_decision (dossier_id) where dossier_id is not null;
