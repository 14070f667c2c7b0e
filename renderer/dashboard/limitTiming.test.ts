import { describe, expect, it } from 'vitest';
import type { LimitKind, LimitStatus } from '../../shared/domain/limits';
import { limitTiming } from './limitTiming';

function timing(kind: LimitKind, status: LimitStatus, daysLeft: number) {
  return limitTiming({ kind, status, daysLeft });
}

describe('limitTiming', () => {
  it('marks a passed deadline overdue with the days since', () => {
    expect(timing('deadline', 'overdue', -3)).toEqual({ tone: 'overdue', plural: 'dashboard.when.overdue', count: 3 });
  });

  it('says a deadline falls today', () => {
    expect(timing('deadline', 'due_today', 0)).toEqual({ tone: 'today', text: 'dashboard.when.today' });
  });

  it('highlights a deadline within the due-soon window (7 days), inclusive', () => {
    expect(timing('deadline', 'upcoming', 7)?.tone).toBe('soon');
    expect(timing('deadline', 'upcoming', 8)?.tone).toBe('later');
    expect(timing('deadline', 'upcoming', 1)).toEqual({ tone: 'soon', plural: 'dashboard.when.left', count: 1 });
  });

  it('never calls an opening overdue', () => {
    expect(timing('opening', 'open', -12)).toEqual({ tone: 'open', plural: 'dashboard.when.openSince', count: 12 });
    expect(timing('opening', 'open', 0)).toEqual({ tone: 'open', text: 'dashboard.when.opensToday' });
    expect(timing('opening', 'upcoming', 3)).toEqual({ tone: 'later', plural: 'dashboard.when.opensIn', count: 3 });
  });

  it('has nothing to tell of a settled limit', () => {
    expect(timing('deadline', 'met', 4)).toBeNull();
    expect(timing('deadline', 'missed', -4)).toBeNull();
    expect(timing('deadline', 'not_applicable', -1)).toBeNull();
  });
});

describe('limitTiming for a target', () => {
  it('never calls a passed "normally within" target overdue (CAFTA-DR Art. 17.8.7)', () => {
    expect(timing('target', 'past_target', -4)).toEqual({ tone: 'pastTarget', plural: 'dashboard.when.pastTarget', count: 4 });
    expect(timing('target', 'due_today', 0)).toEqual({ tone: 'soon', text: 'dashboard.when.normallyToday' });
    expect(timing('target', 'upcoming', 5)).toEqual({ tone: 'soon', plural: 'dashboard.when.normallyIn', count: 5 });
    expect(timing('target', 'upcoming', 30)?.tone).toBe('later');
  });
});
