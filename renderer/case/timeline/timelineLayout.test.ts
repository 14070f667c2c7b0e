import { describe, expect, it } from 'vitest';
import { axisRange, dayNumber, isoFromDay, linearScale, monthTicks, packLanes, placeLabel, placeTickLabels, weekTicks } from './timelineLayout';

describe('dayNumber', () => {
  it('counts calendar days across a leap day', () => {
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(isoFromDay(dayNumber('2025-03-03') + 60)).toBe('2025-05-02');
  });
});

describe('axisRange', () => {
  it('covers every date and today, with padding', () => {
    const range = axisRange(['2025-03-03', '2025-05-17'], '2025-04-01');
    expect(range.start).toBeLessThan(dayNumber('2025-03-03'));
    expect(range.end).toBeGreaterThan(dayNumber('2025-05-17'));
  });

  it('widens a single day to a readable span', () => {
    const range = axisRange([], '2025-04-01');
    expect(range.end - range.start).toBeGreaterThanOrEqual(60);
    expect(range.start).toBeLessThan(dayNumber('2025-04-01'));
    expect(range.end).toBeGreaterThan(dayNumber('2025-04-01'));
  });

  it('includes today when it lies years after the events', () => {
    const range = axisRange(['2011-08-09'], '2025-06-01');
    expect(range.end).toBeGreaterThan(dayNumber('2025-06-01'));
  });
});

describe('linearScale', () => {
  it('maps the ends of the range to the ends of the axis', () => {
    const x = linearScale({ start: 100, end: 200 }, 10, 110);
    expect(x(100)).toBe(10);
    expect(x(150)).toBe(60);
    expect(x(200)).toBe(110);
  });
});

describe('monthTicks', () => {
  it('puts monthly ticks on the first of each month over a short span', () => {
    const ticks = monthTicks({ start: dayNumber('2025-02-20'), end: dayNumber('2025-05-20') }, 900);
    expect(ticks.map((tick) => isoFromDay(tick.day))).toEqual(['2025-03-01', '2025-04-01', '2025-05-01']);
    expect(ticks.map((tick) => tick.showYear)).toEqual([true, false, false]);
  });

  it('thins out to yearly ticks in January over a long span', () => {
    const ticks = monthTicks({ start: dayNumber('2008-04-01'), end: dayNumber('2017-07-01') }, 800);
    expect(ticks.length).toBeGreaterThan(3);
    for (const tick of ticks) expect(tick.month).toBe(0);
    expect(ticks[0]?.year).toBe(2009);
  });

  it('keeps ticks at least the minimum gap apart', () => {
    const range = { start: dayNumber('2024-01-01'), end: dayNumber('2026-01-01') };
    const width = 600;
    const ticks = monthTicks(range, width, 64);
    const x = linearScale(range, 0, width);
    for (let i = 1; i < ticks.length; i++) expect(x(ticks[i]!.day) - x(ticks[i - 1]!.day)).toBeGreaterThanOrEqual(56);
  });
});

describe('weekTicks', () => {
  it('adds the 8th, 15th and 22nd on a short span only', () => {
    const short = { start: dayNumber('2025-03-01'), end: dayNumber('2025-04-30') };
    expect(weekTicks(short, 1000).map((tick) => isoFromDay(tick.day))).toEqual([
      '2025-03-08',
      '2025-03-15',
      '2025-03-22',
      '2025-04-08',
      '2025-04-15',
      '2025-04-22',
    ]);
    expect(weekTicks({ start: dayNumber('2020-01-01'), end: dayNumber('2025-01-01') }, 1000)).toEqual([]);
  });
});

describe('packLanes', () => {
  it('stacks overlapping spans and reuses a lane once it is free', () => {
    expect(packLanes([{ from: 0, to: 100 }, { from: 50, to: 150 }, { from: 120, to: 200 }, { from: 160, to: 220 }])).toEqual([0, 1, 0, 1]);
  });

  it('never puts two overlapping spans in one lane, whatever the input order', () => {
    const spans = [
      { from: 300, to: 500 },
      { from: 0, to: 250 },
      { from: 0, to: 260 },
      { from: 0, to: 240 },
      { from: 255, to: 400 },
    ];
    const lanes = packLanes(spans, 8);
    for (let a = 0; a < spans.length; a++)
      for (let b = a + 1; b < spans.length; b++)
        if (lanes[a] === lanes[b]) {
          const [first, second] = spans[a]!.from <= spans[b]!.from ? [spans[a]!, spans[b]!] : [spans[b]!, spans[a]!];
          expect(first.to + 8).toBeLessThanOrEqual(second.from);
        }
    expect(new Set(lanes).size).toBe(3);
  });
});

describe('placeLabel', () => {
  it('puts the label right of the marker when it fits, else left', () => {
    expect(placeLabel(100, 50, 400).side).toBe('right');
    const left = placeLabel(380, 50, 400);
    expect(left.side).toBe('left');
    expect(left.span.to).toBeLessThanOrEqual(400);
  });

  it('extends the span back to the start of a limit bar', () => {
    expect(placeLabel(300, 50, 800, 120).span.from).toBe(120);
  });
});

describe('placeTickLabels', () => {
  it('puts labels right of their ticks while they fit', () => {
    expect(placeTickLabels([{ x: 10, width: 50 }, { x: 110, width: 50 }], 400)).toEqual(['start', 'start']);
  });

  it('turns the last label leftwards at the edge when that side is clear', () => {
    expect(placeTickLabels([{ x: 10, width: 50 }, { x: 380, width: 50 }], 400)).toEqual(['start', 'end']);
  });

  it('drops a label that would run into its neighbour on either side', () => {
    // "Jan 2026" ends at 1138; "Jan 2027" fits neither right (edge 1222) nor left (from 1137).
    expect(placeTickLabels([{ x: 1087, width: 48 }, { x: 1188, width: 48 }], 1222)).toEqual(['start', null]);
  });
});
