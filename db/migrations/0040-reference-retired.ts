// Migration 40: reference rows are upserted, never deleted and re-inserted
// (issue 6): a meeting will point at a treaty body, so a body or party a new
// version no longer ships is marked retired and kept, and comes back if a
// later version ships it again.
export const sql = /* sql */ `
ALTER TABLE parties ADD COLUMN retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1));
ALTER TABLE bodies ADD COLUMN retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1));
`;
