// Migration 70: the dashboard's counts without counting (issue 6 §2: under
// 50 ms at 1,000,000 cases, where deadlines.upcoming's counts read some
// 160,000 index entries on every visit).
//
// limit_counts holds how many pending limits of open cases fall on each
// (kind, date, rule) — the rows the partial index case_limits_open_pending
// holds (migration 50), grouped. Triggers keep it in step with every write to
// case_limits, whoever makes it (the procedure refresh, a recomputation after
// new rules, a bulk copy), in the same transaction. The counts depend on the
// day (what is overdue today was due soon last week), so the table keeps
// dates, not buckets: deadlines.upcoming sums date ranges of it, a few
// thousand rows at 1M cases instead of every limit. Rows whose count falls to
// zero are deleted, so past dates do not pile up.
export const sql = /* sql */ `
CREATE TABLE limit_counts (
  kind TEXT NOT NULL,
  date TEXT NOT NULL,
  rule TEXT NOT NULL,
  count INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (kind, date, rule)
) STRICT, WITHOUT ROWID;

INSERT INTO limit_counts (kind, date, rule, count)
SELECT kind, date, rule, count(*) FROM case_limits
 WHERE resolution = 'pending' AND case_open = 1
 GROUP BY kind, date, rule;

CREATE TRIGGER limit_counts_insert AFTER INSERT ON case_limits
  WHEN new.resolution = 'pending' AND new.case_open = 1 BEGIN
  INSERT INTO limit_counts (kind, date, rule, count) VALUES (new.kind, new.date, new.rule, 1)
  ON CONFLICT DO UPDATE SET count = count + 1;
END;

-- The last one of a (kind, date, rule) deletes its row; any other lowers the count.
CREATE TRIGGER limit_counts_delete AFTER DELETE ON case_limits
  WHEN old.resolution = 'pending' AND old.case_open = 1 BEGIN
  DELETE FROM limit_counts WHERE kind = old.kind AND date = old.date AND rule = old.rule AND count = 1;
  UPDATE limit_counts SET count = count - 1 WHERE kind = old.kind AND date = old.date AND rule = old.rule;
END;

-- An update is the old row taken out and the new one put in.
CREATE TRIGGER limit_counts_update AFTER UPDATE OF kind, date, rule, resolution, case_open ON case_limits BEGIN
  DELETE FROM limit_counts
   WHERE old.resolution = 'pending' AND old.case_open = 1
     AND kind = old.kind AND date = old.date AND rule = old.rule AND count = 1;
  UPDATE limit_counts SET count = count - 1
   WHERE old.resolution = 'pending' AND old.case_open = 1
     AND kind = old.kind AND date = old.date AND rule = old.rule;
  INSERT INTO limit_counts (kind, date, rule, count)
  SELECT new.kind, new.date, new.rule, 1 WHERE new.resolution = 'pending' AND new.case_open = 1
  ON CONFLICT DO UPDATE SET count = count + 1;
END;
`;
