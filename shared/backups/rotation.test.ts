import { describe, expect, it } from 'vitest';
import { backupFileName, type BackupReason } from './domain';
import { BACKUP_POLICY, backupsToKeep, continuesHistory, isoWeekOf, keepsAsEvidence, type RotationItem } from './rotation';

const DAY_MS = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00.000Z');

function item(at: string, reason: BackupReason, verified: boolean | null = true): RotationItem {
  return { name: backupFileName(at, reason, { migrationVersion: 100 }), at, reason, verified };
}

function dayAt(day: number, hour: number): string {
  return new Date(START + day * DAY_MS + hour * 3_600_000).toISOString();
}

/**
 * The app used every day for `days` days: a daily copy at 08:00, a copy on
 * quit at 18:00, a manual copy on the 1st of each month and a copy before a
 * migration every 100 days; rotation runs after each copy, as the app does.
 */
function simulate(days: number, options: Readonly<{ skip?: (day: number) => boolean }> = {}): { kept: RotationItem[]; now: Date; all: RotationItem[] } {
  let kept: RotationItem[] = [];
  const all: RotationItem[] = [];
  let now = new Date(START);
  const add = (backup: RotationItem) => {
    all.push(backup);
    kept.push(backup);
    now = new Date(backup.at);
    const keep = backupsToKeep(kept, now);
    kept = kept.filter((candidate) => keep.has(candidate.name));
  };
  for (let day = 0; day < days; day += 1) {
    if (options.skip?.(day)) continue;
    if (day % 100 === 50) add(item(dayAt(day, 7), 'before-migration'));
    add(item(dayAt(day, 8), 'daily'));
    if (new Date(START + day * DAY_MS).getUTCDate() === 1) add(item(dayAt(day, 12), 'manual'));
    add(item(dayAt(day, 18), 'quit'));
  }
  return { kept, now, all };
}

const automatic = (items: readonly RotationItem[]) => items.filter((backup) => backup.reason === 'daily' || backup.reason === 'quit');

describe('backup rotation over simulated days', () => {
  it('keeps the newest copy of each of the last 7 days, 4 weeks and 12 months, every manual copy, and safety copies for 90 days', () => {
    const { kept, now, all } = simulate(400);
    const auto = automatic(kept);
    const days = (items: readonly RotationItem[]) => new Set(items.map((backup) => backup.at.slice(0, 10)));

    // The last 7 days: one copy each, the one taken on quit (the day's last state).
    const lastSevenDays = Array.from({ length: 7 }, (_, back) => dayAt(399 - back, 18));
    for (const at of lastSevenDays) expect(auto.filter((backup) => backup.at.slice(0, 10) === at.slice(0, 10)).map((backup) => backup.at)).toEqual([at]);
    // The last 4 ISO weeks and 12 months each still have a copy.
    const weeks = new Set(auto.map((backup) => isoWeekOf(new Date(backup.at))));
    const lastWeeks = Array.from({ length: 4 }, (_, back) => isoWeekOf(new Date(now.getTime() - back * 7 * DAY_MS)));
    for (const week of lastWeeks) expect(weeks.has(week)).toBe(true);
    const months = new Set(auto.map((backup) => backup.at.slice(0, 7)));
    expect(months.size).toBe(12);
    // Nothing automatic older than its twelfth month; at most one copy per day.
    expect(auto.every((backup) => backup.at.slice(0, 7) >= [...months].sort()[0]!)).toBe(true);
    expect(days(auto).size).toBe(auto.length);
    expect(auto.length).toBeLessThanOrEqual(BACKUP_POLICY.daily + BACKUP_POLICY.weekly + BACKUP_POLICY.monthly);

    // Every manual copy ever made is still there.
    expect(kept.filter((backup) => backup.reason === 'manual')).toEqual(all.filter((backup) => backup.reason === 'manual'));
    // Before-migration copies: those of the last 90 days only (days 350 and 250 → only 350).
    expect(kept.filter((backup) => backup.reason === 'before-migration').map((backup) => backup.at)).toEqual([dayAt(350, 7)]);
  });

  it('ends with the same copies whether it runs after every backup or once at the end', () => {
    const { kept, now, all } = simulate(400);
    const once = backupsToKeep(all, now);
    expect(new Set(kept.map((backup) => backup.name))).toEqual(once);
  });

  it('still keeps 7 daily copies after a month away from the app', () => {
    const { kept } = simulate(120, { skip: (day) => day >= 80 && day < 113 });
    const auto = automatic(kept);
    const lastDays = [...new Set(auto.map((backup) => backup.at.slice(0, 10)))].sort().slice(-7);
    // Days 113–119 are the last 7 days with copies; before the gap, the weekly and monthly ones remain.
    expect(lastDays).toEqual(Array.from({ length: 7 }, (_, index) => dayAt(113 + index, 0).slice(0, 10)));
    expect(auto.some((backup) => backup.at < dayAt(80, 0))).toBe(true);
  });

  it('never lets a copy that failed its check stand for its day, and keeps it 90 days', () => {
    const now = new Date(dayAt(10, 20));
    const good = item(dayAt(10, 8), 'daily');
    const bad = item(dayAt(10, 18), 'quit', false);
    const oldBad = item(dayAt(-100, 18), 'quit', false);
    const keep = backupsToKeep([good, bad, oldBad], now);
    expect(keep).toEqual(new Set([good.name, bad.name]));
  });

  it('always keeps the newest copy not known to be bad, even a safety copy past 90 days', () => {
    const now = new Date(dayAt(500, 0));
    const old = item(dayAt(300, 7), 'before-restore');
    const older = item(dayAt(200, 7), 'before-migration');
    expect(backupsToKeep([older, old], now)).toEqual(new Set([old.name]));
  });

  it('keeps nothing it was not given and treats an empty folder as nothing to keep', () => {
    expect(backupsToKeep([], new Date(START))).toEqual(new Set());
  });
});

describe('history evidence (issue 7 §4)', () => {
  const head = (end: number, endHash: string | null = `hash-${end}`) => ({ end, endHash });

  it('tells a copy that continues the history before it from one that cut or rewrote it', () => {
    expect(continuesHistory(head(59), { end: 60, hashAtPreviousEnd: 'hash-59' })).toBe(true);
    expect(continuesHistory(head(59), { end: 59, hashAtPreviousEnd: 'hash-59' })).toBe(true);
    // Entry 59 cut off the end: the new copy ends at 58 and has no entry 59.
    expect(continuesHistory(head(59), { end: 58, hashAtPreviousEnd: null })).toBe(false);
    // Entry 59 rewritten (the chain recomputed after it): there, but not as it was.
    expect(continuesHistory(head(59), { end: 61, hashAtPreviousEnd: 'forged' })).toBe(false);
    // Nothing to continue, or nothing recorded to compare with.
    expect(continuesHistory(head(0, null), { end: 3, hashAtPreviousEnd: null })).toBe(true);
    expect(continuesHistory(head(59, null), { end: 58, hashAtPreviousEnd: null })).toBeNull();
  });

  it('keeps the copy before one that does not continue it, unless a restore came between them', () => {
    const cut = { end: 58, hashAtPreviousEnd: null };
    expect(keepsAsEvidence({ reason: 'daily', history: head(59) }, cut)).toBe(true);
    expect(keepsAsEvidence({ reason: 'quit', history: head(59) }, { end: 60, hashAtPreviousEnd: 'hash-59' })).toBe(false);
    expect(keepsAsEvidence({ reason: 'before-restore', history: head(59) }, cut)).toBe(false);
    expect(keepsAsEvidence({ reason: 'daily', history: head(59, null) }, cut)).toBe(false);
  });

  it("keeps a copy marked as evidence past its day's quit copy and past every period", () => {
    const evidence: RotationItem = { ...item(dayAt(10, 8), 'daily'), keptAsEvidence: true };
    const sameDay = item(dayAt(10, 18), 'quit');
    // Without the mark the day's later copy replaces it — the reviewer's lost entry 59.
    expect(backupsToKeep([{ ...evidence, keptAsEvidence: false }, sameDay], new Date(dayAt(10, 19))).has(evidence.name)).toBe(false);
    expect(backupsToKeep([evidence, sameDay], new Date(dayAt(10, 19))).has(evidence.name)).toBe(true);
    const later = Array.from({ length: 800 }, (_, day) => item(dayAt(11 + day, 8), 'daily'));
    expect(backupsToKeep([evidence, sameDay, ...later], new Date(dayAt(811, 0))).has(evidence.name)).toBe(true);
  });
});

describe('ISO weeks', () => {
  it('start on Monday and belong to the year of their Thursday', () => {
    expect(isoWeekOf(new Date('2026-01-01T12:00:00Z'))).toBe('2026-W01'); // a Thursday
    expect(isoWeekOf(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53'); // a Friday: week 53 of 2026
    expect(isoWeekOf(new Date('2026-12-06T23:59:59Z'))).toBe('2026-W49'); // Sunday
    expect(isoWeekOf(new Date('2026-12-07T00:00:00Z'))).toBe('2026-W50'); // Monday
  });
});
