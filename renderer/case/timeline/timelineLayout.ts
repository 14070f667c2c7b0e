// Pure geometry of the case timeline: a date axis, tick marks, and lanes that
// keep labels from overlapping when many events and limits cluster (a request
// for consultations alone starts several limits on the same day).

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

export type LabelPlacement = Readonly<{ side: 'right' | 'left'; span: Span }>;

/**
 * A label sits right of its marker unless it would run past the right edge,
 * then left of it. The span covers the marker, the label, and (for a limit)
 * the bar back to its counting event.
 */
export function placeLabel(markerX: number, labelWidth: number, rightEdge: number, barFrom: number = markerX): LabelPlacement {
  const marker = 8;
  if (markerX + marker + labelWidth <= rightEdge)
    return { side: 'right', span: { from: Math.min(barFrom, markerX - marker), to: markerX + marker + labelWidth } };
  return { side: 'left', span: { from: Math.min(barFrom, markerX - marker - labelWidth), to: markerX + marker } };
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
