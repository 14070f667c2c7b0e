// Migration 100: an audit trail that can be believed (issue 7 §4).
// - Each entry names the operating-system account the app ran under and the
//   id generated once per installation, beside the display name (which anyone
//   can change) and the computer's name. Entries written before this version
//   did not record them: they keep empty values, shown as "not recorded".
// - Each entry carries prev_hash and hash: the chain of db/history/chain.ts.
//   The chain of the existing entries is computed here, in id order, so from
//   this version on any rewrite of the log — however made — is detected.
//   (What was changed before this version cannot be; the chain starts here.)
// - An insert that does not continue the chain is refused, and the
//   append-only triggers of migrations 30 and 80 come back with the table.
// SQLite cannot add NOT NULL columns without a default, so the log is copied
// whole, every entry with its id (dropping a table fires no trigger).
import type Database from 'better-sqlite3';
import { entryHash, GENESIS_HASH, type ChainedRow } from '../history/chain';

const CREATE = /* sql */ `
CREATE TABLE audit_log_v100 (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  actor_account TEXT NOT NULL,
  device TEXT NOT NULL,
  device_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'remove', 'restore')),
  subject_type TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  parent_type TEXT,
  parent_id TEXT,
  before TEXT,
  after TEXT,
  prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
  hash TEXT NOT NULL CHECK (length(hash) = 64),
  CHECK ((parent_type IS NULL) = (parent_id IS NULL))
) STRICT;
`;

const FINISH = /* sql */ `
DROP TABLE audit_log;
ALTER TABLE audit_log_v100 RENAME TO audit_log;
CREATE INDEX audit_log_subject ON audit_log(subject_type, subject_id, id);
CREATE INDEX audit_log_parent ON audit_log(parent_type, parent_id, id) WHERE parent_id IS NOT NULL;

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'The history is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'The history is append-only'); END;
-- A new entry comes after the newest and names its hash (the id ordering keeps
-- the chain in the order the entries were written).
CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
WHEN NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '${GENESIS_HASH}')
  OR NEW.id <= coalesce((SELECT max(id) FROM audit_log), 0)
BEGIN SELECT RAISE(ABORT, 'A history entry must continue the chain'); END;
`;

type OldRow = Omit<ChainedRow, 'actorAccount' | 'deviceId' | 'prevHash'>;

const BATCH = 1_000;

export function up(db: Database.Database): void {
  db.exec(CREATE);
  const read = db.prepare(
    `SELECT id, at, actor, device, action, subject_type AS subjectType, subject_id AS subjectId,
            parent_type AS parentType, parent_id AS parentId, before, after
       FROM audit_log WHERE id > ? ORDER BY id LIMIT ${BATCH}`,
  );
  const insert = db.prepare(
    `INSERT INTO audit_log_v100 (id, at, actor, actor_account, device, device_id, action, subject_type, subject_id,
                                 parent_type, parent_id, before, after, prev_hash, hash)
     VALUES (@id, @at, @actor, @actorAccount, @device, @deviceId, @action, @subjectType, @subjectId,
             @parentType, @parentId, @before, @after, @prevHash, @hash)`,
  );
  let previous = GENESIS_HASH;
  let lastId = Number.MIN_SAFE_INTEGER;
  // In id order, a batch at a time (better-sqlite3 cannot insert while a read is still iterating).
  for (;;) {
    const rows = read.all(lastId) as OldRow[];
    for (const old of rows) {
      const row: ChainedRow = { ...old, actorAccount: '', deviceId: '', prevHash: previous };
      const hash = entryHash(row);
      insert.run({ ...row, hash });
      previous = hash;
    }
    const last = rows.at(-1);
    if (last === undefined || rows.length < BATCH) break;
    lastId = last.id;
  }
  db.exec(FINISH);
}
