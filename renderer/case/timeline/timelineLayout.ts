// Pure geometry of the case timeline: a date axis, tick marks, where each
// label goes beside its marker and bar, and the rows that keep labels from
// overlapping when many events and limits cluster (a request for
// consultations alone starts several limits on the same day). Issue 6 §1: a
// label is never drawn on its own bar, on another label or across the Today
// line, and the numbered limits read top to bottom in their order.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a calendar date YYYY-MM-DD (UTC, so no zone moves it). */
export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export function isoFromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export type DayRange = Readonly<{ start: number; end: number }>;

/** Smallest span shown, so one event and its 7-day limit do not fill the whole width. */
const MIN_SPAN_DAYS = 60;

/** The days the axis covers: every date given plus today, padded on both sides. */
export function axisRange(dates: readonly string[], today: string): DayRange {
  const days = [...dates, today].map(dayNumber);
  let start = Math.min(...days);
  let end = Math.max(...days);
  const grow = Math.max(0, MIN_SPAN_DAYS - (end - start));
  // Most of the widening goes to the future, where the limits still to come lie.
  start -= Math.ceil(grow / 4);
  end += grow - Math.ceil(grow / 4);
  const pad = Math.max(5, Math.round((end - start) * 0.04));
  return { start: start - pad, end: end + pad };
}

export type Scale = (day: number) => number;

export function linearScale(range: DayRange, x0: number, x1: number): Scale {
  const span = Math.max(1, range.end - range.start);
  return (day) => x0 + ((day - range.start) / span) * (x1 - x0);
}

/** A tick on the first of a month (dayOfMonth 1), or a minor one inside a month on a short span. */
export type Tick = Readonly<{ day: number; year: number; month: number; dayOfMonth: number; showYear: boolean }>;

const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120] as const;

/**
 * Ticks on the first of a month, every `step` months, with the step chosen so
 * ticks stand at least `minGapPx` apart. The year is labelled on January and on
 * the first tick, so "Mar · Apr · … · Jan 2026" reads without repeating it.
 */
export function monthTicks(range: DayRange, widthPx: number, minGapPx = 64): readonly Tick[] {
  const pxPerDay = widthPx / Math.max(1, range.end - range.start);
  const step = MONTH_STEPS.find((months) => months * 30.44 * pxPerDay >= minGapPx) ?? 120;
  const first = new Date(range.start * DAY_MS);
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth() + 1; // the first of the next month
  // Align to the step so yearly ticks fall in January, quarterly ones on quarters.
  const index = year * 12 + month;
  const aligned = Math.ceil(index / step) * step;
  year = Math.floor(aligned / 12);
  month = aligned % 12;
  const ticks: Tick[] = [];
  for (;;) {
    const day = Math.round(Date.UTC(year, month, 1) / DAY_MS);
    if (day > range.end) break;
    ticks.push({ day, year, month, dayOfMonth: 1, showYear: ticks.length === 0 || month === 0 || step >= 12 });
    month += step;
    year += Math.floor(month / 12);
    month %= 12;
  }
  return ticks;
}

export type Span = Readonly<{ from: number; to: number }>;

/**
 * Greedy interval packing: each span goes into the first lane whose last span
 * ended at least `gap` pixels before it starts. Returns the lane of each span
 * in input order. Spans are placed in order of their start, so the result is
 * the same however the caller sorted them.
 */
export function packLanes(spans: readonly Span[], gap = 8): readonly number[] {
  const order = spans.map((_, index) => index).sort((a, b) => (spans[a]?.from ?? 0) - (spans[b]?.from ?? 0) || a - b);
  const laneEnds: number[] = [];
  const lanes: number[] = new Array<number>(spans.length).fill(0);
  for (const index of order) {
    const span = spans[index];
    if (span === undefined) continue;
    let lane = laneEnds.findIndex((end) => end + gap <= span.from);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(span.to);
    } else laneEnds[lane] = span.to;
    lanes[index] = lane;
  }
  return lanes;
}

/**
 * Rows in reading order: each span goes into the current row if it starts at
 * least `gap` pixels after the row's last span ends, else into a new row
 * below. Spans are taken in the order given, so row numbers never decrease
 * along it: numbered limits read 1, 2, 3… from top to bottom and left to
 * right, where first-fit packing (packLanes) put 4 above 2.
 */
export function packInOrder(spans: readonly Span[], gap = 8): readonly number[] {
  let row = 0;
  let end = -Infinity;
  return spans.map((span, index) => {
    if (index > 0 && span.from < end + gap) row += 1;
    end = span.to;
    return row;
  });
}

export type RowLabel = Readonly<{
  /** Beside the shape, on its line; or under a limit's bar, between its start and its badge. */
  position: 'beside' | 'below';
  /** Where the text is anchored: its left end ('start') or its right end ('end'). */
  x: number;
  anchor: 'start' | 'end';
  /** The room the text has; a wider label is cut to this with "…". */
  width: number;
  /** The shape and its label together: what no other item in the row may overlap. */
  occupied: Span;
}>;

/**
 * How much of a label may be cut to keep it beside its marker: a few letters
 * of a long title, not the date on its second line. Below this share (or
 * below MIN_LABEL_ROOM pixels) the label goes whole past the Today line.
 */
export const MIN_LABEL_SHARE = 0.8;
export const MIN_LABEL_ROOM = 120;

type Stretch = Readonly<{ from: number; to: number }>;

/** Stretches of a row minus a clearance around each vertical line. */
function clearOf(stretches: readonly Stretch[], lines: readonly number[], clearance: number): Stretch[] {
  let clear: Stretch[] = [...stretches];
  for (const line of lines)
    clear = clear.flatMap((stretch) =>
      line > stretch.from - clearance && line < stretch.to + clearance
        ? [
            { from: stretch.from, to: line - clearance },
            { from: line + clearance, to: stretch.to },
          ]
        : [stretch],
    );
  return clear.filter((stretch) => stretch.to - stretch.from > 0);
}

/**
 * Where the label of a marker (an event's diamond, or a limit's bar from its
 * counting event to its badge: `shape`) goes in its row. It never lies on the
 * shape, and never across a vertical line in `lines` (Today's), so the line
 * never runs through text. In order of preference:
 * 1. beside the shape, right of it, else left of it, whole;
 * 2. under a limit's bar (`under`: the stretch between its start and its
 *    badge), whole — the row is then drawn taller;
 * 3. beside the shape, cut a little to fit (MIN_LABEL_SHARE, MIN_LABEL_ROOM);
 * 4. further along the row, past the Today line, whole;
 * 5. wherever the most room is, cut to fit.
 */
export function placeRowLabel(
  shape: Span,
  labelWidth: number,
  row: Span,
  lines: readonly number[] = [],
  under: Span | null = null,
  gap = 6,
  clearance = 6,
): RowLabel {
  const beside = clearOf(
    [
      { from: row.from, to: shape.from - gap },
      { from: shape.to + gap, to: row.to },
    ],
    lines,
    clearance,
  ).map((stretch) => {
    const right = stretch.from >= shape.to;
    const adjacent = right ? stretch.from === shape.to + gap : stretch.to === shape.from - gap;
    return { stretch, right, adjacent, position: 'beside' as const, distance: right ? stretch.from - shape.to : shape.from - stretch.to };
  });
  // Under the bar, a label ends nearest the badge it names.
  const below = (under === null ? [] : clearOf([under], lines, clearance)).map((stretch) => ({
    stretch,
    right: false,
    adjacent: false,
    position: 'below' as const,
    distance: shape.to - stretch.to,
  }));
  type Candidate = (typeof beside)[number] | (typeof below)[number];
  const room = (candidate: Candidate) => candidate.stretch.to - candidate.stretch.from;
  const whole = (candidate: Candidate) => room(candidate) >= labelWidth;
  const nearest = (a: Candidate, b: Candidate) => a.distance - b.distance || Number(b.right) - Number(a.right);
  const widest = (a: Candidate, b: Candidate) => room(b) - room(a) || a.distance - b.distance;
  const pick =
    beside.filter((candidate) => candidate.adjacent && whole(candidate)).sort(nearest)[0] ??
    below.filter(whole).sort(nearest)[0] ??
    beside.filter((candidate) => candidate.adjacent && room(candidate) >= Math.max(MIN_LABEL_ROOM, labelWidth * MIN_LABEL_SHARE)).sort(widest)[0] ??
    beside.filter(whole).sort(nearest)[0] ??
    [...beside, ...below].sort(widest)[0];
  if (pick === undefined) return { position: 'beside', x: shape.to + gap, anchor: 'start', width: 0, occupied: shape };
  const width = Math.min(labelWidth, room(pick));
  const [from, to] = pick.right ? [pick.stretch.from, pick.stretch.from + width] : [pick.stretch.to - width, pick.stretch.to];
  return {
    position: pick.position,
    x: pick.right ? from : to,
    anchor: pick.right ? 'start' : 'end',
    width,
    occupied: { from: Math.min(shape.from, from), to: Math.max(shape.to, to) },
  };
}

/**
 * On a span of a few months the month ticks stand far apart; minor ticks on
 * the 8th, 15th and 22nd let a date be read off the axis to within a week.
 */
export function weekTicks(range: DayRange, widthPx: number, minGapPx = 64): readonly Tick[] {
  const pxPerDay = widthPx / Math.max(1, range.end - range.start);
  if (7 * pxPerDay < minGapPx) return [];
  const ticks: Tick[] = [];
  for (let day = range.start; day <= range.end; day++) {
    const date = new Date(day * DAY_MS);
    const dayOfMonth = date.getUTCDate();
    if (dayOfMonth === 8 || dayOfMonth === 15 || dayOfMonth === 22)
      ticks.push({ day, year: date.getUTCFullYear(), month: date.getUTCMonth(), dayOfMonth, showYear: false });
  }
  return ticks;
}

export type TickLabel = Readonly<{ x: number; width: number }>;

/**
 * Where each month label goes: right of its tick; left of it where the right
 * edge is near; or nowhere when neither side is clear of its neighbour (the
 * grid line stays, and the neighbours' labels date it). Without this the last
 * label, turned leftwards at the edge, ran into the one before ("Jan 2026Jan 2027").
 */
export function placeTickLabels(labels: readonly TickLabel[], rightEdge: number, gap = 3, clearance = 8): readonly ('start' | 'end' | null)[] {
  let previousEnd = -Infinity;
  return labels.map(({ x, width }) => {
    if (x + gap + width <= rightEdge && x + gap >= previousEnd + clearance) {
      previousEnd = x + gap + width;
      return 'start';
    }
    if (x - gap - width >= Math.max(0, previousEnd + clearance)) {
      previousEnd = x - gap;
      return 'end';
    }
    return null;
  });
}
