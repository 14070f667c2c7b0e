import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  axisRange,
  dayNumber,
  isoFromDay,
  linearScale,
  monthTicks,
  packInOrder,
  packLanes,
  placeRowLabel,
  placeTickLabels,
  weekTicks,
  type Span,
} from './timelineLayout';

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

describe('packInOrder', () => {
  it('opens a new row whenever the next span does not fit after the last one, so rows read in order', () => {
    // First-fit would put the third span back in row 0, above the second.
    expect(packInOrder([{ from: 0, to: 100 }, { from: 50, to: 150 }, { from: 160, to: 200 }, { from: 210, to: 260 }])).toEqual([0, 1, 1, 1]);
    expect(packLanes([{ from: 0, to: 100 }, { from: 50, to: 150 }, { from: 160, to: 200 }, { from: 210, to: 260 }])).toEqual([0, 1, 0, 0]);
    expect(packInOrder([{ from: 0, to: 100 }, { from: 104, to: 150 }], 8)).toEqual([0, 1]);
    expect(packInOrder([])).toEqual([]);
  });
});

const overlaps = (a: Span, b: Span) => a.from < b.to && b.from < a.to;
const labelSpan = (label: { x: number; anchor: 'start' | 'end'; width: number }): Span =>
  label.anchor === 'start' ? { from: label.x, to: label.x + label.width } : { from: label.x - label.width, to: label.x };

describe('placeRowLabel', () => {
  const row = { from: 16, to: 1264 };

  it('puts the label right of the marker when it fits, else left of the bar: never on the bar', () => {
    const right = placeRowLabel({ from: 100, to: 300 }, 200, row);
    expect(right).toMatchObject({ anchor: 'start', x: 306, width: 200, occupied: { from: 100, to: 506 } });
    // Near the right edge, the label goes before the bar's start, not back over the bar.
    const left = placeRowLabel({ from: 900, to: 1200 }, 200, row);
    expect(left).toMatchObject({ anchor: 'end', x: 894, width: 200, occupied: { from: 694, to: 1200 } });
  });

  it('keeps the label off the Today line: the other side of the marker, or past the line on the same row', () => {
    // Right of the marker would cross Today at 400: the label goes left of the bar.
    expect(placeRowLabel({ from: 300, to: 350 }, 200, row, [400])).toMatchObject({ anchor: 'end', x: 294 });
    // No room left of the bar either: the label starts just past the line.
    expect(placeRowLabel({ from: 20, to: 350 }, 200, row, [400])).toMatchObject({ anchor: 'start', x: 406 });
  });

  it('puts the label under a long bar, clear of Today, when neither side of the bar holds it', () => {
    // A bar from near the left edge to near the right one, Today in the middle (at 500).
    const label = placeRowLabel({ from: 96, to: 1140 }, 260, row, [500], { from: 100, to: 1126 });
    expect(label).toMatchObject({ position: 'below', anchor: 'end', x: 1126, width: 260, occupied: { from: 96, to: 1140 } });
    // Today close to the badge: the label ends before the line.
    expect(placeRowLabel({ from: 96, to: 1140 }, 260, row, [1000], { from: 100, to: 1126 })).toMatchObject({ position: 'below', x: 994 });
  });

  it('would rather cut a label a little beside its marker than send it past the Today line', () => {
    const label = placeRowLabel({ from: 96, to: 205 }, 300, row, [507]);
    expect(label).toMatchObject({ position: 'beside', anchor: 'start', x: 211, width: 290 });
    // Cutting it to two thirds would lose its date: it goes past the line whole.
    expect(placeRowLabel({ from: 96, to: 305 }, 300, row, [507])).toMatchObject({ x: 513, width: 300 });
  });

  it('cuts the label to the widest clear stretch when none holds it whole', () => {
    const label = placeRowLabel({ from: 20, to: 1000 }, 400, row, [1100]);
    expect(label).toMatchObject({ anchor: 'start', x: 1106, width: 158 });
  });

  it('never overlaps its own shape or a line, and stays in the row (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: 1260 }),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 10, max: 500 }),
        fc.array(fc.integer({ min: 0, max: 1280 }), { maxLength: 2 }),
        fc.boolean(),
        (start, length, width, lines, withBar) => {
          const shape = { from: start, to: Math.min(row.to, start + length) };
          const under = withBar ? { from: shape.from + 4, to: shape.to - 14 } : null;
          const label = placeRowLabel(shape, width, row, lines, under);
          const span = labelSpan(label);
          expect(label.width).toBeLessThanOrEqual(width);
          if (label.width === 0) return;
          // Beside: off the shape. Below: under the bar only, between its start and its badge.
          if (label.position === 'beside') expect(overlaps(span, shape)).toBe(false);
          else expect(under !== null && span.from >= under.from && span.to <= under.to).toBe(true);
          for (const line of lines) expect(line > span.from - 6 && line < span.to + 6).toBe(false);
          expect(span.from).toBeGreaterThanOrEqual(row.from);
          expect(span.to).toBeLessThanOrEqual(row.to);
          expect(label.occupied.from).toBeLessThanOrEqual(Math.min(shape.from, span.from));
          expect(label.occupied.to).toBeGreaterThanOrEqual(Math.max(shape.to, span.to));
        },
      ),
      { seed: 6, numRuns: 300 },
    );
  });

  it('packed in order, no two items of a row overlap, labels included (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: fc.integer({ min: 16, max: 1200 }), length: fc.integer({ min: 0, max: 600 }), width: fc.integer({ min: 40, max: 340 }) }), {
          maxLength: 12,
        }),
        fc.integer({ min: 16, max: 1264 }),
        (items, today) => {
          const placed = items
            .map((item) => ({ from: item.start, to: Math.min(row.to, item.start + item.length), width: item.width }))
            .sort((a, b) => a.to - b.to)
            .map((shape) => placeRowLabel(shape, shape.width, row, [today], { from: shape.from + 4, to: shape.to - 14 }));
          const rows = packInOrder(placed.map((label) => label.occupied));
          for (let i = 1; i < rows.length; i++) expect(rows[i]!).toBeGreaterThanOrEqual(rows[i - 1]!);
          for (let a = 0; a < placed.length; a++)
            for (let b = a + 1; b < placed.length; b++)
              if (rows[a] === rows[b]) expect(overlaps(placed[a]!.occupied, placed[b]!.occupied)).toBe(false);
        },
      ),
      { seed: 6, numRuns: 200 },
    );
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
