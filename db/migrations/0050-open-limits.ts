// Migration 50: the dashboard reads pending limits of open cases without
// visiting the cases (issue 6 §2, under 50 ms at 1,000,000 cases).
// case_limits.case_open copies whether the limit's case is open — written with
// the limits, which every change of a case or its events rewrites
// (db/procedure/queries.ts) — and a partial index holds exactly the rows
// deadlines.upcoming counts, with the columns it counts by.
export const sql = /* sql */ `
ALTER TABLE case_limits ADD COLUMN case_open INTEGER NOT NULL DEFAULT 0 CHECK (case_open IN (0, 1));
UPDATE case_limits SET case_open = 1 WHERE case_id IN (SELECT id FROM cases WHERE status = 'open');
CREATE INDEX case_limits_open_pending ON case_limits(kind, date, rule) WHERE resolution = 'pending' AND case_open = 1;
`;
