import { describe, expect, it } from 'vitest';
import { queryFromView, viewFromQuery } from '../table/viewState';
import { MEETING_VIEW, meetingQuery } from './meetingView';

describe('the meetings view in the address', () => {
  it('reads filters and sort from the address into the meetings.list query', () => {
    const view = viewFromQuery(MEETING_VIEW, { agreement: 'us-peru-tpa', body: 'ftc', year: '2024', status: 'held', sort: 'number.asc' });
    expect(meetingQuery(view, 'es')).toEqual({
      agreement: 'us-peru-tpa',
      body: 'ftc',
      year: 2024,
      status: 'held',
      sort: { column: 'number', direction: 'asc' },
      locale: 'es',
    });
    expect(queryFromView(MEETING_VIEW, view)).toEqual({ agreement: 'us-peru-tpa', body: 'ftc', year: '2024', status: 'held', sort: 'number.asc' });
  });

  it('drops what the list does not offer (an old bookmark, a hand-edited link)', () => {
    const view = viewFromQuery(MEETING_VIEW, { agreement: 'nafta', body: 'nope', year: '1850', status: 'adjourned', sort: 'place.asc' });
    expect(meetingQuery(view, 'en')).toEqual({ sort: { column: 'startsOn', direction: 'desc' }, locale: 'en' });
  });
});
