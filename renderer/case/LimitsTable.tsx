// Every computed time limit of the case in one table, numbered as on the
// timeline. The article is the engine's citation; the counting says in words
// what was counted ("3 Mar 2025 + 60 days; opens the day after the period
// ends") so an official can check it by hand. A limit whose article lets the
// Parties agree another period can have one recorded here (limits.agree).
import { useRef, useState } from 'react';
import type { TimeLimitView } from '../../shared/domain/limits';
import { findRule } from '../../shared/procedure/rules/registry';
import { useCommand } from '../api/queries';
import { useLocale } from '../i18n/LocaleContext';
import { apiErrorText } from '../i18n/apiErrors';
import { AgreedPeriodForm } from './AgreedPeriodForm';
import { countingWords } from './countingWords';
import { badgeKey, limitKey, limitStatusWords, limitTone, localCitation, offsetWords } from './limitPresentation';

type Props = Readonly<{
  caseId: string;
  limits: readonly TimeLimitView[];
  highlight: string | null;
  onHighlight: (key: string | null) => void;
}>;

export function LimitsTable({ caseId, limits, highlight, onHighlight }: Props) {
  const { t } = useLocale();
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
          {limits.map((limit, index) => (
            <LimitRow
              key={limitKey(limit)}
              caseId={caseId}
              limit={limit}
              number={index + 1}
              highlighted={highlight === limitKey(limit)}
              onHighlight={onHighlight}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

type RowProps = Readonly<{
  caseId: string;
  limit: TimeLimitView;
  number: number;
  highlighted: boolean;
  onHighlight: (key: string | null) => void;
}>;

function LimitRow({ caseId, limit, number, highlighted, onHighlight }: RowProps) {
  const tools = useLocale();
  const { t, locale, formatDate } = tools;
  const [agreeing, setAgreeing] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const unagree = useCommand('limits.unagree');
  // One button element whether it reads "Record" or "Change", so the focus
  // stays on it when the case reloads after a save.
  const agreeButton = useRef<HTMLButtonElement>(null);
  const key = limitKey(limit);
  const tone = limitTone(limit);
  const words = limitStatusWords(limit);
  const offset = offsetWords(limit);
  const note = findRule(limit.rule)?.note?.[locale];
  const title = limit.title[locale];
  const formId = `agree-${number}`;
  const flagged = tone === 'flagged';
  const showsWords = limit.status !== 'met' && !(limit.status === 'not_applicable' && limit.reason === null);

  function closeForm() {
    setAgreeing(false);
    agreeButton.current?.focus();
  }

  async function removeAgreement() {
    const response = await unagree.run({ caseId, rule: limit.rule });
    if (!response.ok) {
      setRemoveError(apiErrorText(response.error, tools));
      return;
    }
    setRemoveError(null);
    agreeButton.current?.focus();
  }

  return (
    <>
      <tr
        className={`tone-${tone}${highlighted ? ' is-highlighted' : ''}`}
        onMouseEnter={() => onHighlight(key)}
        onMouseLeave={() => onHighlight(null)}
        data-rule={limit.rule}
        data-limit-key={key}
        tabIndex={-1}
      >
        <td className="limit-number">
          <span className={`limit-number-badge kind-${limit.kind}`}>{number}</span>
        </td>
        <th scope="row" className="limit-title">
          {title}
          {limit.perishable && <span className="tag tag-perishable">{t('case.perishable.short')}</span>}
          {/* What the date alone does not say: conditions, fallbacks, other periods. */}
          {note && <span className="limit-note">{note}</span>}
        </th>
        <td className="limit-date">
          <span className="limit-kind">{t(`limit.kind.${limit.kind}`)}</span>
          <br />
          <strong>{formatDate(limit.date)}</strong>
          {limit.agreed && (
            <span className="limit-agreed">
              <span className="tag tag-agreed">{t('agreed.badge')}</span>
              <span className="limit-original">{t('agreed.original', { date: formatDate(limit.agreed.originalDate) })}</span>
              {limit.agreed.note && <span className="limit-agreed-note">{limit.agreed.note}</span>}
            </span>
          )}
          {limit.agreeable && (
            <span className="limit-agree-actions">
              <button
                ref={agreeButton}
                type="button"
                className="link-button small"
                aria-expanded={agreeing}
                aria-controls={agreeing ? formId : undefined}
                aria-label={t(limit.agreed ? 'agreed.change.aria' : 'agreed.record.aria', { limit: title })}
                onClick={() => setAgreeing((open) => !open)}
              >
                {t(limit.agreed ? 'agreed.change' : 'agreed.record')}
              </button>
              {limit.agreed && (
                <button
                  type="button"
                  className="link-button small"
                  aria-label={t('agreed.remove.aria', { limit: title })}
                  onClick={() => void removeAgreement()}
                >
                  {t('agreed.remove')}
                </button>
              )}
              {removeError && <span className="notice error">{removeError}</span>}
            </span>
          )}
        </td>
        <td className="limit-status">
          <span className="status-badge">
            {flagged && <span aria-hidden="true">⚠ </span>}
            {t(badgeKey(limit))}
          </span>
          {limit.metBy && (limit.status === 'met' || flagged) && (
            <span className="limit-status-words">
              {t(limit.status === 'met' ? 'timeline.status.metBy' : 'limit.takenBy', {
                event: t(`event.${limit.metBy.type}`),
                date: formatDate(limit.metBy.date),
              })}
              {offset && ` (${t(offset.key, offset.params)})`}
            </span>
          )}
          {showsWords && <span className={`limit-status-words${limit.reason ? ' limit-reason' : ''}`}>{t(words.key, words.params)}</span>}
        </td>
        <td className="limit-article">{localCitation(limit.article, locale)}</td>
        {/* The counting starts with the event's date, so one column holds both (it left the title too narrow at 1024 px). */}
        <td className="limit-from">
          {t(`event.${limit.from.type}`)}
          <br />
          <span className="muted limit-counting">{countingWords(tools, limit)}</span>
        </td>
      </tr>
      {agreeing && (
        <tr className="limit-agree-row">
          <td colSpan={6}>
            <AgreedPeriodForm
              id={formId}
              caseId={caseId}
              limit={limit}
              onCancel={closeForm}
              onSaved={closeForm}
            />
          </td>
        </tr>
      )}
    </>
  );
}
