// The case on a date axis: events as diamonds (hollow and dashed while only
// scheduled), each time limit as a bar from its counting event to its date
// ending in a numbered badge (the same number as in the time-limits table):
// a circle for a deadline, an arrow for an opening, a rounded square for a
// "normally within" target; and today's line. Each label sits beside its
// marker and bar, never on them nor across the Today line (issue 6 §1); limits
// take rows in their numbered order, events the first row where they fit.
// No chart library: plain SVG.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CaseEvent } from '../../../shared/events/domain';
import type { TimeLimitView } from '../../../shared/domain/limits';
import { useLocale } from '../../i18n/LocaleContext';
import { monthFormatter } from '../../i18n/dates';
import { countingWords } from '../countingWords';
import { badgeKey, limitKey, limitStatusWords, limitTone, localCitation } from '../limitPresentation';
import { fitText, textWidth } from './textWidth';
import { LimitMarker, TimelineKey } from './TimelineKey';
import {
  axisRange,
  dayNumber,
  linearScale,
  monthTicks,
  packInOrder,
  packLanes,
  placeRowLabel,
  placeTickLabels,
  weekTicks,
  type RowLabel,
} from './timelineLayout';

const MARGIN_X = 16;
const AXIS_HEIGHT = 44;
const SECTION_GAP = 26;
const EVENT_ROW = 36;
const LIMIT_ROW = 50;
/** A row with a label under its bar: the label's three lines sit below the bar instead of beside it. */
const LIMIT_ROW_BELOW = 62;

const TITLE_SIZE = 12;
const DETAIL_SIZE = 11;
const SECTION_SIZE = 10;

type Props = Readonly<{
  events: readonly CaseEvent[];
  /** In the order they are numbered (compareLimits), as in the time-limits table. */
  limits: readonly TimeLimitView[];
  today: string;
  highlight: string | null;
  onHighlight: (rule: string | null) => void;
  /** An event picked from the problems panel. */
  highlightEvent: string | null;
}>;

function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(900);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const observer = new ResizeObserver((entries) => {
      const next = entries[0]?.contentRect.width;
      if (next !== undefined && next > 0) setWidth(Math.round(next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** Lines of a label, each cut to the room its placement left (the tooltip and the table have them whole). */
function fitLines(label: RowLabel, lines: readonly (readonly [string, number, number?])[]): string[] {
  return lines.map(([text, size, weight]) => fitText(text, label.width, size, weight));
}

/** A section heading's width, as drawn: bold capitals spaced 0.08em (casePage.css .timeline-section). */
function sectionWidth(text: string): number {
  return textWidth(text, SECTION_SIZE, 700) + text.length * SECTION_SIZE * 0.08 + 4;
}

/**
 * The Today line from the axis down, with a gap wherever a section heading
 * lies across it (a case whose events all lie ahead puts today at the left).
 */
function todaySegments(todayX: number, bottom: number, headings: readonly { y: number; width: number }[]): readonly [number, number][] {
  const segments: [number, number][] = [];
  let from = AXIS_HEIGHT;
  for (const heading of headings) {
    if (todayX < MARGIN_X - 4 || todayX > MARGIN_X + heading.width + 4) continue;
    segments.push([from, heading.y - 12]);
    from = heading.y + 4;
  }
  segments.push([from, bottom]);
  return segments;
}

export function CaseTimeline({ events, limits, today, highlight, onHighlight, highlightEvent }: Props) {
  const tools = useLocale();
  const { t, locale, formatDate } = tools;
  const [wrapperRef, width] = useWidth();

  const layout = useMemo(() => {
    const dates = [...events.map((event) => event.date), ...limits.flatMap((limit) => [limit.date, limit.from.date])];
    const range = axisRange(dates, today);
    const right = width - MARGIN_X;
    const x = linearScale(range, MARGIN_X, right);
    const todayX = x(dayNumber(today));
    // A label may run into the margins, never past the edge.
    const row = { from: 4, to: width - 4 };
    // Labels may use about a third of the width, room for a Spanish "Debe ocurrir a más tardar el 26 may 2011"
    // with its warning; longer titles end in "…" (the table has them whole).
    const LABEL_MAX = Math.max(240, Math.min(420, width / 3));

    const eventItems = [...events]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((event) => {
        const title = fitText(t(`event.${event.type}`), LABEL_MAX, TITLE_SIZE, 600);
        // A scheduled step says so under its date, besides its hollow marker.
        const detail = event.scheduled ? `${formatDate(event.date)} · ${t('timeline.planned')}` : formatDate(event.date);
        const markerX = x(dayNumber(event.date));
        const labelWidth = Math.max(textWidth(title, TITLE_SIZE, 600), textWidth(detail, DETAIL_SIZE)) + 2;
        const label = placeRowLabel({ from: markerX - 7, to: markerX + 7 }, labelWidth, row, [todayX]);
        const [fitTitle = '', fitDetail = ''] = fitLines(label, [
          [title, TITLE_SIZE, 600],
          [detail, DETAIL_SIZE],
        ]);
        return { event, title: fitTitle, detail: fitDetail, fullDetail: detail, markerX, label };
      });
    const eventRows = packLanes(eventItems.map((item) => item.label.occupied));

    const limitItems = limits.map((limit, index) => {
      const number = index + 1;
      // A limit no longer applicable has a lighter title (casePage.css): measured as drawn.
      const weight = limitTone(limit) === 'notApplicable' ? 500 : 600;
      const title = fitText(`${number}. ${limit.title[locale]}`, LABEL_MAX, TITLE_SIZE, weight);
      const when = t(`timeline.when.${limit.kind}`, { date: formatDate(limit.date) });
      // A flagged limit says what is wrong in words, not by colour alone; an agreed one says its date is agreed.
      const flagged = limitTone(limit) === 'flagged' ? `⚠ ${t(badgeKey(limit))} · ` : '';
      const detail = fitText(`${flagged}${when}`, LABEL_MAX, DETAIL_SIZE);
      // The article line is short, so it has room to say the date was agreed.
      const citation = localCitation(limit.article, locale);
      const article = fitText(limit.agreed ? `${citation} · ${t('timeline.agreedDate')}` : citation, LABEL_MAX, DETAIL_SIZE);
      const markerX = x(dayNumber(limit.date));
      const fromX = x(dayNumber(limit.from.date));
      const labelWidth = Math.max(textWidth(title, TITLE_SIZE, weight), textWidth(detail, DETAIL_SIZE), textWidth(article, DETAIL_SIZE)) + 2;
      // The shape runs from the start dot (r 3) to the badge (r 9); under the bar there is room between them.
      const label = placeRowLabel({ from: fromX - 4, to: markerX + 10 }, labelWidth, row, [todayX], { from: fromX + 4, to: markerX - 13 });
      const [fitTitle = '', fitDetail = '', fitArticle = ''] = fitLines(label, [
        [title, TITLE_SIZE, weight],
        [detail, DETAIL_SIZE],
        [article, DETAIL_SIZE],
      ]);
      return { limit, number, title: fitTitle, detail: fitDetail, article: fitArticle, markerX, fromX, label };
    });
    const limitRows = packInOrder(limitItems.map((item) => item.label.occupied));
    // Each row as tall as its tallest label, so a label under a bar clears the row below.
    const limitRowHeights: number[] = [];
    limitItems.forEach((item, index) => {
      const rowIndex = limitRows[index] ?? 0;
      const height = item.label.position === 'below' ? LIMIT_ROW_BELOW : LIMIT_ROW;
      limitRowHeights[rowIndex] = Math.max(limitRowHeights[rowIndex] ?? 0, height);
    });
    const limitRowTops: number[] = [];
    let limitsHeight = 0;
    for (const rowHeight of limitRowHeights) {
      limitRowTops.push(limitsHeight);
      limitsHeight += rowHeight;
    }

    const eventRowCount = Math.max(1, ...eventRows.map((lane) => lane + 1));
    const eventsTop = AXIS_HEIGHT + 22;
    const limitsTop = eventsTop + eventRowCount * EVENT_ROW + SECTION_GAP;
    const height = limitsTop + Math.max(LIMIT_ROW, limitsHeight) + 4;
    const headings = [
      { text: t('timeline.section.events'), y: eventsTop - 8 },
      { text: t('timeline.section.limits'), y: limitsTop - 8 },
    ];
    return {
      x,
      ticks: monthTicks(range, right - MARGIN_X),
      minorTicks: weekTicks(range, right - MARGIN_X),
      eventItems,
      eventRows,
      limitItems,
      limitRows,
      limitRowTops,
      eventsTop,
      limitsTop,
      height,
      headings,
      todayX,
      todayLine: todaySegments(
        todayX,
        height,
        headings.map((heading) => ({ y: heading.y, width: sectionWidth(heading.text) })),
      ),
    };
  }, [events, limits, today, width, t, locale, formatDate]);

  const tickLabels = useMemo(() => {
    const month = monthFormatter(locale);
    const texts = layout.ticks.map((tick) => month(tick.year, tick.month, tick.showYear));
    const anchors = placeTickLabels(
      layout.ticks.map((tick, index) => ({ x: layout.x(tick.day), width: textWidth(texts[index] ?? '', 11) })),
      width - 2,
    );
    return texts.map((text, index) => ({ text, anchor: anchors[index] ?? null }));
  }, [layout, locale, width]);
  const todayLabel = `${t('timeline.today')} · ${formatDate(today)}`;
  const todayLabelWidth = textWidth(todayLabel, DETAIL_SIZE, 600) + 12;
  const todayLabelX = Math.min(Math.max(layout.todayX - todayLabelWidth / 2, 0), width - todayLabelWidth);

  return (
    <div className="timeline" ref={wrapperRef}>
      <svg
        className="timeline-svg"
        width={width}
        height={layout.height}
        viewBox={`0 0 ${width} ${layout.height}`}
        role="img"
        aria-label={t('timeline.aria', { events: events.length, limits: limits.length })}
      >
        <g className="timeline-axis">
          <line x1={MARGIN_X} x2={width - MARGIN_X} y1={AXIS_HEIGHT} y2={AXIS_HEIGHT} className="timeline-axis-line" />
          {layout.minorTicks.map((tick) => {
            const tx = layout.x(tick.day);
            return (
              <g key={tick.day}>
                <line x1={tx} x2={tx} y1={AXIS_HEIGHT - 3} y2={AXIS_HEIGHT} className="timeline-axis-line" />
                <text x={tx} y={AXIS_HEIGHT - 6} textAnchor="middle" className="timeline-tick-minor">
                  {tick.dayOfMonth}
                </text>
              </g>
            );
          })}
          {layout.ticks.map((tick, index) => {
            const tx = layout.x(tick.day);
            const label = tickLabels[index];
            return (
              <g key={tick.day}>
                <line x1={tx} x2={tx} y1={AXIS_HEIGHT - 5} y2={layout.height} className="timeline-grid" />
                {/* Near the right edge the label runs leftwards; where neither side is clear it is left out. */}
                {label?.anchor && (
                  <text x={label.anchor === 'start' ? tx + 3 : tx - 3} y={AXIS_HEIGHT - 9} textAnchor={label.anchor} className="timeline-tick">
                    {label.text}
                  </text>
                )}
              </g>
            );
          })}
          {/* Each event's date marked on the axis: the label beside its diamond gives it in words. */}
          {layout.eventItems.map((item) => (
            <line key={item.event.id} x1={item.markerX} x2={item.markerX} y1={AXIS_HEIGHT} y2={AXIS_HEIGHT + 5} className="timeline-axis-line" />
          ))}
        </g>

        {layout.headings.map((heading) => (
          <text key={heading.y} x={MARGIN_X} y={heading.y} className="timeline-section">
            {heading.text}
          </text>
        ))}

        {layout.todayLine.map(([y1, y2]) => (
          <line key={y1} x1={layout.todayX} x2={layout.todayX} y1={y1} y2={y2} className="timeline-today" />
        ))}

        {layout.eventItems.map((item, index) => {
          const cy = layout.eventsTop + (layout.eventRows[index] ?? 0) * EVENT_ROW + 10;
          const { x: labelX, anchor } = item.label;
          return (
            <g
              key={item.event.id}
              className={`timeline-event${item.event.scheduled ? ' is-scheduled' : ''}${highlightEvent === item.event.id ? ' is-highlighted' : ''}`}
            >
              <title>{`${t(`event.${item.event.type}`)} — ${item.fullDetail}${item.event.text ? `\n${item.event.text}` : ''}`}</title>
              <path d={`M ${item.markerX} ${cy - 6} l 6 6 l -6 6 l -6 -6 z`} className="timeline-event-marker" />
              <text x={labelX} y={cy + 4} textAnchor={anchor} className="timeline-label-title">
                {item.title}
              </text>
              <text x={labelX} y={cy + 18} textAnchor={anchor} className="timeline-label-detail">
                {item.detail}
              </text>
            </g>
          );
        })}

        {layout.limitItems.map((item, index) => {
          const { limit } = item;
          const key = limitKey(limit);
          const tone = limitTone(limit);
          const cy = layout.limitsTop + (layout.limitRowTops[layout.limitRows[index] ?? 0] ?? 0) + 12;
          const { x: labelX, anchor } = item.label;
          // Beside the badge the title is level with the bar; under the bar it starts below it.
          const textY = item.label.position === 'beside' ? cy + 4 : cy + 20;
          const status = limitStatusWords(limit);
          const badge = t(badgeKey(limit));
          const words = t(status.key, status.params);
          const tooltip = [
            `${item.number}. ${limit.title[locale]}`,
            `${t(`timeline.when.${limit.kind}`, { date: formatDate(limit.date) })} — ${words === badge ? badge : `${badge}: ${words}`}`,
            limit.agreed ? `${t('agreed.badge')} · ${t('agreed.original', { date: formatDate(limit.agreed.originalDate) })}` : null,
            localCitation(limit.article, locale),
            `${t('timeline.countsFrom')}: ${t(`event.${limit.from.type}`)} (${countingWords(tools, limit)})`,
          ]
            .filter((line) => line !== null)
            .join('\n');
          return (
            <g
              key={key}
              className={`timeline-limit tone-${tone} kind-${limit.kind}${highlight === key ? ' is-highlighted' : ''}`}
              onMouseEnter={() => onHighlight(key)}
              onMouseLeave={() => onHighlight(null)}
              data-rule={limit.rule}
            >
              <title>{tooltip}</title>
              <circle cx={item.fromX} cy={cy} r={3} className="timeline-limit-start" />
              <line x1={item.fromX} x2={item.markerX} y1={cy} y2={cy} className="timeline-limit-bar" />
              <LimitMarker kind={limit.kind} x={item.markerX} y={cy} />
              <text x={item.markerX} y={cy + 4} textAnchor="middle" className="timeline-limit-number">
                {item.number}
              </text>
              <text x={labelX} y={textY} textAnchor={anchor} className="timeline-label-title">
                {item.title}
              </text>
              <text x={labelX} y={textY + 14} textAnchor={anchor} className="timeline-label-detail">
                {item.detail}
              </text>
              <text x={labelX} y={textY + 27} textAnchor={anchor} className="timeline-label-article">
                {item.article}
              </text>
            </g>
          );
        })}

        <g className="timeline-today-label">
          <rect x={todayLabelX} y={2} width={todayLabelWidth} height={16} rx={8} />
          <text x={todayLabelX + todayLabelWidth / 2} y={14} textAnchor="middle">
            {todayLabel}
          </text>
        </g>
      </svg>
      <TimelineKey />
    </div>
  );
}
