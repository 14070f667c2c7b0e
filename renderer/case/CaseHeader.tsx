import type { CaseRecord } from '../../shared/cases/domain';
import type { Stage } from '../../shared/domain/stages';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { RemoveCase } from '../trash/RemoveCase';
import { caseSides } from './caseSides';

type Props = Readonly<{ record: CaseRecord; stage: Stage }>;

const SUMMARY_OPEN_CHARS = 400;

export function CaseHeader({ record, stage }: Props) {
  const { t, formatDate } = useLocale();
  const party = (code: CaseRecord['respondent']) => t(`party.${code}`);
  const sides = caseSides(t, record);
  const submission = record.kind === 'environment_submission';
  const dash = <span className="muted">—</span>;
  return (
    <header className="case-header">
      <div className="case-header-top">
        <div>
          <p className="case-reference">{record.reference}</p>
          {/* Focusable: after the case form is saved the focus lands on the saved case. */}
          <h1 className="case-title" tabIndex={-1}>{record.title}</h1>
          <p className="case-parties">
            <span className="case-party">{sides.from}</span>
            {/* A submission is not a dispute between Parties: it is addressed to the Party concerned. */}
            <span className="case-versus">{submission ? '→' : t('case.versus')}</span>
            <span className="case-party">{sides.to}</span>
            {record.thirdParties.length > 0 && (
              <span className="case-third-parties">
                {t('case.thirdPartiesInline', { parties: record.thirdParties.map(party).join(', ') })}
              </span>
            )}
          </p>
          <p className="case-badges">
            <span className="tag">{t(`agreement.${record.agreement}`)}</span>
            <span className="tag">{t(`kind.${record.kind}`)}</span>
            <span className={`tag tag-status-${record.status}`}>{t(`status.${record.status}`)}</span>
            <span className="tag tag-stage">
              {t('case.stage')}: {t(`stage.${stage}`)}
            </span>
            {record.perishable && <span className="tag tag-perishable">{t('case.perishable.badge')}</span>}
            {record.sample && (
              <span className="tag tag-sample" title={t('cases.sample.help')}>
                {t('case.sample.badge')}
              </span>
            )}
          </p>
        </div>
        <div className="case-header-actions">
          <a className="button" href={routeHref({ name: 'caseEdit', id: record.id })}>
            {t('case.edit')}
          </a>
          <RemoveCase record={record} />
        </div>
      </div>

      {record.perishable && <p className="case-perishable-note">{t('case.perishable.explanation')}</p>}

      <dl className="case-facts">
        <div>
          <dt>{t('form.sector')}</dt>
          <dd>{record.sector || dash}</dd>
        </div>
        <div>
          <dt>{t('form.hsCodes')}</dt>
          <dd>{record.hsCodes.length > 0 ? <span className="mono">{record.hsCodes.join(', ')}</span> : dash}</dd>
        </div>
        <div>
          <dt>{t('form.nteCategory')}</dt>
          <dd>{record.nteCategory ? t(`nte.${record.nteCategory}`) : dash}</dd>
        </div>
        <div>
          <dt>{t('form.leadOfficer')}</dt>
          <dd>{record.leadOfficer || dash}</dd>
        </div>
        <div>
          <dt>{t('form.openedOn')}</dt>
          <dd>{formatDate(record.openedOn)}</dd>
        </div>
        <div className="case-fact-wide">
          <dt>{t('form.measure')}</dt>
          <dd>{record.measure || dash}</dd>
        </div>
        {/* The remedy time limits follow from these (Art. 20.16 / 20.17 / 21.16), so they are in view. */}
        {record.claims.length > 0 && (
          <div className="case-fact-wide">
            <dt>{t('form.claims')}</dt>
            <dd>
              <ul className="case-claims">
                {record.claims.map((claim) => (
                  <li key={claim.provision}>
                    <span className="case-claim-provision">{claim.provision}</span> — {t(`finding.${claim.finding}`)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {record.reconveneGrounds !== null && (
          <div className="case-fact-wide">
            <dt>{t('form.reconveneGrounds')}</dt>
            <dd>{t(`grounds.${record.reconveneGrounds}`)}</dd>
          </div>
        )}
      </dl>
      {record.summary && (
        // A long summary starts folded so the timeline stays near the top.
        <details className="case-summary" open={record.summary.length <= SUMMARY_OPEN_CHARS}>
          <summary>{t('form.summary')}</summary>
          <p>{record.summary}</p>
        </details>
      )}
    </header>
  );
}
