// The marker of a limit on the timeline, and the key under it that says what
// each shape and colour means.
import type { TimeLimitView } from '../../../shared/domain/limits';
import { DUE_SOON_DAYS } from '../../../shared/procedure/status';
import { useLocale } from '../../i18n/LocaleContext';
import { LIMIT_TONES, toneKey } from '../limitPresentation';

/** A circle for a deadline, an arrow for an opening, a rounded square for a "normally within" target. */
export function LimitMarker({ kind, x, y }: Readonly<{ kind: TimeLimitView['kind']; x: number; y: number }>) {
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

export function TimelineKey() {
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
