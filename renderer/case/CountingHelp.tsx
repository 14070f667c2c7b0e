// The counting convention, written down once and shown where the limits are
// (issue 5 §1: "The counting convention is one, written down, and shown in
// the app's help").
import type { MessageKey } from '../../shared/i18n/catalog';
import { useLocale } from '../i18n/LocaleContext';

const POINTS: readonly MessageKey[] = [
  'countingHelp.calendar',
  'countingHelp.delivery',
  'countingHelp.within',
  'countingHelp.dayAfter',
  'countingHelp.target',
  'countingHelp.agreed',
  'countingHelp.scheduled',
  'countingHelp.flags',
];

export function CountingHelp() {
  const { t } = useLocale();
  return (
    <details className="counting-help">
      <summary>{t('countingHelp.summary')}</summary>
      <ul>
        {POINTS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </details>
  );
}
