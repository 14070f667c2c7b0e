// "Problems in this record": the warnings of cases.get near the top of the
// case page, each with its article and a way to the event or time limit
// concerned (issue 5 §1). A premature or late step must be seen before anyone
// reads the timeline and takes it as done.
import { useId } from 'react';
import type { CaseEvent } from '../../shared/events/domain';
import type { CaseWarning, TimeLimitView } from '../../shared/domain/limits';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { limitKey, localCitation } from './limitPresentation';
import { isFixedInCaseForm, warningDetail, warningEvent, warningLimit, warningWords } from './warningWords';

type Props = Readonly<{
  caseId: string;
  warnings: readonly CaseWarning[];
  events: readonly CaseEvent[];
  limits: readonly TimeLimitView[];
  onShowEvent: (eventId: string) => void;
  onShowLimit: (key: string) => void;
}>;

export function ProblemsPanel({ caseId, warnings, events, limits, onShowEvent, onShowLimit }: Props) {
  const tools = useLocale();
  const { t, locale } = tools;
  const headingId = useId();
  if (warnings.length === 0) return null;
  return (
    <section className="panel case-section problems" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="problems-icon" aria-hidden="true">
          ⚠
        </span>{' '}
        {t('problems.heading')} <span className="problems-count">({warnings.length})</span>
      </h2>
      <p className="section-note">{t('problems.intro')}</p>
      <ul className="problems-list">
        {warnings.map((warning, index) => {
          const limit = warningLimit(warning, limits);
          const event = warningEvent(warning, events);
          const article = warning.article ?? limit?.article;
          const detail = warningDetail(tools, warning);
          const textId = `${headingId}-${index}`;
          return (
            <li key={`${warning.code}:${warning.rule ?? ''}:${warning.eventId ?? ''}:${index}`} className={`problem problem-${warning.code}`}>
              <span className="problem-article">{article ? localCitation(article, locale) : ''}</span>
              <div className="problem-text" id={textId}>
                <p>{warningWords(tools, warning, { events, limits })}</p>
                {detail && <p className="problem-detail">{detail}</p>}
              </div>
              <div className="problem-actions">
                {event && (
                  <button type="button" className="link-button small" aria-describedby={textId} onClick={() => onShowEvent(event.id)}>
                    {t('problems.showEvent')}
                  </button>
                )}
                {limit && (
                  <button type="button" className="link-button small" aria-describedby={textId} onClick={() => onShowLimit(limitKey(limit))}>
                    {t('problems.showLimit')}
                  </button>
                )}
                {isFixedInCaseForm(warning) && (
                  <a className="small" href={routeHref({ name: 'caseEdit', id: caseId })} aria-describedby={textId}>
                    {t('problems.editCase')}
                  </a>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
