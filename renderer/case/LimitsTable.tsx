// Every computed time limit of the case in one table, numbered as on the
// timeline. The article is the engine's citation; the counting shows the
// arithmetic ("3 Mar 2025 + 60 days") so an official can check it by hand.
import type { TimeLimitView } from '../../shared/domain/limits';
import { findRule } from '../../shared/procedure/rules/registry';
import { useLocale } from '../i18n/LocaleContext';
import { countingParts, limitKey, limitStatusWords, limitTone, localCitation, toneKey } from './limitPresentation';

type Props = Readonly<{
  limits: readonly TimeLimitView[];
  highlight: string | null;
  onHighlight: (key: string | null) => void;
}>;

export function LimitsTable({ limits, highlight, onHighlight }: Props) {
  const { t, locale, formatDate } = useLocale();
  if (limits.length === 0) return <p className="case-empty">{t('timeline.noLimits')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table limits-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('timeline.column.title')}</th>
            <th scope="col">{t('timeline.column.date')}</th>
            <th scope="col">{t('timeline.column.status')}</th>
            <th scope="col">{t('timeline.column.article')}</th>
            <th scope="col">{t('timeline.column.countsFrom')}</th>
          </tr>
        </thead>
        <tbody>
          {limits.map((limit, index) => {
            const key = limitKey(limit);
            const tone = limitTone(limit);
            const words = limitStatusWords(limit);
            const counting = countingParts(limit.counting);
            const note = findRule(limit.rule)?.note?.[locale];
            return (
              <tr
                key={key}
                className={`tone-${tone}${highlight === key ? ' is-highlighted' : ''}`}
                onMouseEnter={() => onHighlight(key)}
                onMouseLeave={() => onHighlight(null)}
                data-rule={limit.rule}
              >
                <td className="limit-number">
                  <span className={`limit-number-badge kind-${limit.kind}`}>{index + 1}</span>
                </td>
                <th scope="row" className="limit-title">
                  {limit.title[locale]}
                  {limit.perishable && <span className="tag tag-perishable">{t('case.perishable.short')}</span>}
                  {/* What the date alone does not say: conditions, fallbacks, other periods. */}
                  {note && <span className="limit-note">{note}</span>}
                </th>
                <td className="limit-date">
                  <span className="limit-kind">{t(`limit.kind.${limit.kind}`)}</span>
                  <br />
                  <strong>{formatDate(limit.date)}</strong>
                </td>
                <td className="limit-status">
                  <span className="status-badge">{t(toneKey(tone))}</span>
                  {limit.status === 'met' ? (
                    limit.metBy && (
                      <span className="limit-status-words">
                        {t('timeline.status.metBy', { event: t(`event.${limit.metBy.type}`), date: formatDate(limit.metBy.date) })}
                      </span>
                    )
                  ) : (
                    limit.status !== 'not_applicable' && <span className="limit-status-words">{t(words.key, words.params)}</span>
                  )}
                </td>
                <td className="limit-article">{localCitation(limit.article, locale)}</td>
                {/* The counting starts with the event's date, so one column holds both (it left the title too narrow at 1024 px). */}
                <td>
                  {t(`event.${limit.from.type}`)}
                  <br />
                  <span className="muted limit-counting">
                    {counting ? t('timeline.counting', { date: formatDate(counting.date), days: counting.days }) : limit.counting}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
