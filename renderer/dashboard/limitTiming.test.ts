import { describe, expect, it } from 'vitest';
import { limitTiming } from './limitTiming';

describe('limitTiming', () => {
  it('marks a passed deadline overdue with the days since', () => {
    expect(limitTiming('deadline', -3, 7)).toEqual({ tone: 'overdue', plural: 'dashboard.when.overdue', count: 3 });
  });

  it('says a deadline falls today', () => {
    expect(limitTiming('deadline', 0, 7)).toEqual({ tone: 'today', text: 'dashboard.when.today' });
  });

  it('highlights a deadline within the due-soon window, inclusive', () => {
    expect(limitTiming('deadline', 7, 7).tone).toBe('soon');
    expect(limitTiming('deadline', 8, 7).tone).toBe('later');
    expect(limitTiming('deadline', 1, 7)).toEqual({ tone: 'soon', plural: 'dashboard.when.left', count: 1 });
  });

  it('never calls an opening overdue', () => {
    expect(limitTiming('opening', -12, 7)).toEqual({ tone: 'open', plural: 'dashboard.when.openSince', count: 12 });
    expect(limitTiming('opening', 0, 7).tone).toBe('open');
    expect(limitTiming('opening', 3, 7)).toEqual({ tone: 'later', plural: 'dashboard.when.opensIn', count: 3 });
  });
});

describe('limitTiming for a target', () => {
  it('never calls a passed "normally within" target overdue (CAFTA-DR Art. 17.8.7)', () => {
    expect(limitTiming('target', -4, 7)).toEqual({ tone: 'pastTarget', plural: 'dashboard.when.pastTarget', count: 4 });
    expect(limitTiming('target', 0, 7)).toEqual({ tone: 'soon', text: 'dashboard.when.normallyToday' });
    expect(limitTiming('target', 5, 7)).toEqual({ tone: 'soon', plural: 'dashboard.when.normallyIn', count: 5 });
    expect(limitTiming('target', 30, 7).tone).toBe('later');
  });
});
