// The case on a date axis: events as diamonds (hollow and dashed while only
// scheduled), each time limit as a bar from its counting event to its date
// ending in a numbered badge (the same number as in the time-limits table):
// a circle for a deadline, an arrow for an opening, a rounded square for a
// "normally within" target; and today's line. Labels are packed into lanes so
// limits that start together (a consultations request starts several) stack
// instead of overlapping. No chart library: plain SVG.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CaseEvent } from '../../../shared/events/domain';
import type { TimeLimitView } from '../../../shared/domain/limits';
import { useLocale } from '../../i18n/LocaleContext';
import { DUE_SOON_DAYS } from '../../../shared/procedure/status';
import { countingWords } from '../countingWords';
import { badgeKey, LIMIT_TONES, limitKey, limitStatusWords, limitTone, localCitation, toneKey } from '../limitPresentation';
import { fitText, textWidth } from './textWidth';
import { axisRange, dayNumber, linearScale, monthTicks, packLanes, placeLabel, placeTickLabels, weekTicks } from './timelineLayout';

const MARGIN_X = 16;
const AXIS_HEIGHT = 44;
const SECTION_GAP = 26;
const EVENT_LANE = 36;
const LIMIT_LANE = 54;

const TITLE_SIZE = 12;
const DETAIL_SIZE = 11;

type Props = Readonly<{
  events: readonly CaseEvent[];
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

export function CaseTimeline({ events, limits, today, highlight, onHighlight, highlightEvent }: Props) {
  const tools = useLocale();
  const { t, locale, formatDate } = tools;
  const [wrapperRef, width] = useWidth();

  const layout = useMemo(() => {
    const dates = [...events.map((event) => event.date), ...limits.flatMap((limit) => [limit.date, limit.from.date])];
    const range = axisRange(dates, today);
    const right = width - MARGIN_X;
    const x = linearScale(range, MARGIN_X, right);
    // Labels may use about a quarter of the width; longer titles end in "…" (the table has them whole).
    const LABEL_MAX = Math.max(200, Math.min(340, width / 4));

    const eventItems = [...events]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((event) => {
        const title = fitText(t(`event.${event.type}`), LABEL_MAX, TITLE_SIZE, 600);
        // A scheduled step says so under its date, besides its hollow marker.
        const detail = event.scheduled ? `${formatDate(event.date)} · ${t('timeline.planned')}` : formatDate(event.date);
        const labelWidth = Math.max(textWidth(title, TITLE_SIZE, 600), textWidth(detail, DETAIL_SIZE));
        const markerX = x(dayNumber(event.date));
        return { event, title, detail, markerX, placement: placeLabel(markerX, labelWidth, right) };
      });
    const eventLanes = packLanes(eventItems.map((item) => item.placement.span));

    const limitItems = limits.map((limit, index) => {
      const number = index + 1;
      const title = fitText(`${number}. ${limit.title[locale]}`, LABEL_MAX, TITLE_SIZE, 600);
      const when = t(`timeline.when.${limit.kind}`, { date: formatDate(limit.date) });
      // A flagged limit says what is wrong in words, not by colour alone; an agreed one says its date is agreed.
      const flagged = limitTone(limit) === 'flagged' ? `⚠ ${t(badgeKey(limit))} · ` : '';
      const detail = fitText(`${flagged}${when}`, LABEL_MAX, DETAIL_SIZE);
      // The article line is short, so it has room to say the date was agreed.
      const citation = localCitation(limit.article, locale);
      const article = fitText(limit.agreed ? `${citation} · ${t('timeline.agreedDate')}` : citation, LABEL_MAX, DETAIL_SIZE);
      const labelWidth = Math.max(textWidth(title, TITLE_SIZE, 600), textWidth(detail, DETAIL_SIZE), textWidth(article, DETAIL_SIZE)) + 14;
      const markerX = x(dayNumber(limit.date));
      const fromX = x(dayNumber(limit.from.date));
      return { limit, number, title, detail, article, markerX, fromX, placement: placeLabel(markerX, labelWidth, right, fromX) };
    });
    const limitLanes = packLanes(limitItems.map((item) => item.placement.span));

    const eventLaneCount = Math.max(1, ...eventLanes.map((lane) => lane + 1));
    const limitLaneCount = Math.max(1, ...limitLanes.map((lane) => lane + 1));
    const eventsTop = AXIS_HEIGHT + 22;
    const limitsTop = eventsTop + eventLaneCount * EVENT_LANE + SECTION_GAP;
    const height = limitsTop + limitLaneCount * LIMIT_LANE + 8;
    return {
      x,
      ticks: monthTicks(range, right - MARGIN_X),
      minorTicks: weekTicks(range, right - MARGIN_X),
      eventItems,
      eventLanes,
      limitItems,
      limitLanes,
      eventsTop,
      limitsTop,
      height,
      todayX: x(dayNumber(today)),
    };
  }, [events, limits, today, width, t, locale, formatDate]);

  const tickLabels = useMemo(() => {
    const monthFormat = new Intl.DateTimeFormat(locale === 'es' ? 'es' : 'en-GB', { month: 'short', timeZone: 'UTC' });
    const texts = layout.ticks.map(
      (tick) => `${monthFormat.format(new Date(Date.UTC(tick.year, tick.month, 1))).replace('.', '')}${tick.showYear ? ` ${tick.year}` : ''}`,
    );
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
        </g>

        <text x={MARGIN_X} y={layout.eventsTop - 8} className="timeline-section">
          {t('timeline.section.events')}
        </text>
        <text x={MARGIN_X} y={layout.limitsTop - 8} className="timeline-section">
          {t('timeline.section.limits')}
        </text>

        <line x1={layout.todayX} x2={layout.todayX} y1={AXIS_HEIGHT} y2={layout.height} className="timeline-today" />

        {layout.eventItems.map((item, index) => {
          const top = layout.eventsTop + (layout.eventLanes[index] ?? 0) * EVENT_LANE;
          const cy = top + 10;
          const labelX = item.placement.side === 'right' ? item.markerX + 9 : item.markerX - 9;
          const anchor = item.placement.side === 'right' ? 'start' : 'end';
          return (
            <g
              key={item.event.id}
              className={`timeline-event${item.event.scheduled ? ' is-scheduled' : ''}${highlightEvent === item.event.id ? ' is-highlighted' : ''}`}
            >
              <title>{`${t(`event.${item.event.type}`)} — ${item.detail}${item.event.text ? `\n${item.event.text}` : ''}`}</title>
              <line x1={item.markerX} x2={item.markerX} y1={AXIS_HEIGHT} y2={cy} className="timeline-event-guide" />
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
          const top = layout.limitsTop + (layout.limitLanes[index] ?? 0) * LIMIT_LANE;
          const cy = top + 12;
          const right = item.placement.side === 'right';
          const labelX = right ? item.markerX + 14 : item.markerX - 14;
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
              <text x={labelX} y={cy + 4} textAnchor={right ? 'start' : 'end'} className="timeline-label-title">
                {item.title}
              </text>
              <text x={labelX} y={cy + 18} textAnchor={right ? 'start' : 'end'} className="timeline-label-detail">
                {item.detail}
              </text>
              <text x={labelX} y={cy + 31} textAnchor={right ? 'start' : 'end'} className="timeline-label-article">
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

function LimitMarker({ kind, x, y }: Readonly<{ kind: TimeLimitView['kind']; x: number; y: number }>) {
  switch (kind) {
    case 'deadline':
      return <circle cx={x} cy={y} r={9} className="timeline-limit-badge" />;
    case 'opening':
      return <path d={`M ${x - 9} ${y - 9} h 11 l 7 9 l -7 9 h -11 z`} className="timeline-limit-badge" />;
    case 'target':
      return <rect x={x - 9} y={y - 9} width={18} height={18} rx={4} className="timeline-limit-badge" />;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

function TimelineKey() {
  const { t } = useLocale();
  return (
    <ul className="timeline-key" aria-label={t('timeline.key')}>
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <path d="M 8 2 l 6 6 l -6 6 l -6 -6 z" className="timeline-event-marker" />
        </svg>
        {t('timeline.key.event')}
      </li>
      <li className="is-scheduled">
        <svg width="16" height="16" aria-hidden="true">
          <path d="M 8 2 l 6 6 l -6 6 l -6 -6 z" className="timeline-event-marker" />
        </svg>
        {t('timeline.key.planned')}
      </li>
      <li>
        <svg width="34" height="16" aria-hidden="true">
          <line x1="2" x2="24" y1="8" y2="8" className="key-bar" />
          <circle cx="25" cy="8" r="7" className="key-badge" />
        </svg>
        {t('timeline.key.deadline')}
      </li>
      <li>
        <svg width="34" height="16" aria-hidden="true">
          <line x1="2" x2="20" y1="8" y2="8" className="key-bar key-bar-opening" />
          <path d="M 18 1 h 9 l 6 7 l -6 7 h -9 z" className="key-badge" />
        </svg>
        {t('timeline.key.opening')}
      </li>
      <li>
        <svg width="34" height="16" aria-hidden="true">
          <line x1="2" x2="20" y1="8" y2="8" className="key-bar key-bar-target" />
          <rect x="18" y="1" width="14" height="14" rx="3" className="key-badge" />
        </svg>
        {t('timeline.key.target')}
      </li>
      <li>
        <svg width="10" height="16" aria-hidden="true">
          <line x1="5" x2="5" y1="0" y2="16" className="timeline-today" />
        </svg>
        {t('timeline.today')}
      </li>
      {LIMIT_TONES.map((tone) => (
        <li key={tone} className={`tone-${tone}`}>
          <span className="tone-swatch" aria-hidden="true" />
          {tone === 'dueSoon' ? t('timeline.tone.dueSoonDays', { n: DUE_SOON_DAYS }) : t(toneKey(tone))}
        </li>
      ))}
    </ul>
  );
}
