// "Claims and findings": the provisions claimed and what the panel found on
// each, and the grounds of a request to reconvene the panel. The remedy time
// limits follow from these, not from which consultations a case went through
// (issue 5 §4; CAFTA-DR Art. 20.16.9 / 20.17.1; TPA Art. 21.16).
import { useRef } from 'react';
import type { AgreementId } from '../../shared/domain/agreements';
import { FINDINGS, RECONVENE_GROUNDS, type Finding, type ReconveneGrounds } from '../../shared/cases/domain';
import { ENFORCEMENT_PROVISIONS, normalizeProvision } from '../../shared/procedure/remedies';
import { useLocale } from '../i18n/LocaleContext';
import { FieldMessages } from '../forms/Field';
import type { FieldErrorMap } from '../forms/useFieldErrors';
import type { CaseFormValues, ClaimValues } from './caseFormValues';

type Props = Readonly<{
  agreement: AgreementId;
  claims: readonly ClaimValues[];
  reconveneGrounds: CaseFormValues['reconveneGrounds'];
  onChange: (change: Partial<Pick<CaseFormValues, 'claims' | 'reconveneGrounds'>>) => void;
  errors: FieldErrorMap;
}>;

/** The id of the claims list, focused when the API finds fault with it (CaseFormFields.fieldId('claims')). */
export const CLAIMS_ID = 'case-claims';

const QUICK_PICKS = [
  { provision: ENFORCEMENT_PROVISIONS[0], label: 'form.claims.quick.labor' },
  { provision: ENFORCEMENT_PROVISIONS[1], label: 'form.claims.quick.environment' },
] as const;

export function ClaimsFields({ agreement, claims, reconveneGrounds, onChange, errors }: Props) {
  const { t } = useLocale();
  const list = useRef<HTMLOListElement>(null);
  const cafta = agreement === 'cafta-dr';
  const claimErrors = errors.messages('claims');
  // "claims.1.provision" belongs under row 2; "claims" (listed twice, too many) under the list.
  const rowErrors = (index: number, part: 'provision' | 'finding') =>
    claimErrors.filter((message) => message.index === index && message.path.endsWith(`.${part}`));
  const listErrors = claimErrors.filter((message) => message.index === null);
  const rowWide = (index: number) => claimErrors.filter((message) => message.index === index && !/\.(provision|finding)$/.test(message.path));

  const setClaim = (index: number, change: Partial<ClaimValues>) =>
    onChange({ claims: claims.map((claim, at) => (at === index ? { ...claim, ...change } : claim)) });
  const focusRow = (index: number) =>
    requestAnimationFrame(() => list.current?.querySelectorAll<HTMLInputElement>('input')[index]?.focus());
  const add = (provision = '') => {
    onChange({ claims: [...claims, { provision, finding: 'pending' }] });
    focusRow(claims.length);
  };
  const remove = (index: number) => {
    onChange({ claims: claims.filter((_, at) => at !== index) });
    // The focus goes to the row that took its place, or to the add button.
    requestAnimationFrame(() => {
      const inputs = list.current?.querySelectorAll<HTMLInputElement>('input');
      const next = inputs?.[Math.min(index, (inputs?.length ?? 1) - 1)];
      (next ?? document.getElementById(`${CLAIMS_ID}-add`))?.focus();
    });
  };
  const listed = new Set(claims.map((claim) => normalizeProvision(claim.provision)));

  return (
    <fieldset className="form-group claims-group">
      <legend>{t('form.group.claims')}</legend>
      <p className="field-hint field-wide">
        {t('form.claims.hint', { articles: t(cafta ? 'form.claims.articles.cafta-dr' : 'form.claims.articles.tpa') })}
      </p>
      <div className={`field field-wide${claimErrors.length > 0 ? ' has-error' : ''}`}>
        {claims.length === 0 ? (
          <p className="claims-empty" id={CLAIMS_ID} tabIndex={-1}>
            {t('form.claims.none')}
          </p>
        ) : (
          <ol className="claims" ref={list} id={CLAIMS_ID} tabIndex={-1}>
            {claims.map((claim, index) => {
              const n = index + 1;
              const provisionId = `${CLAIMS_ID}-${index}-provision`;
              const findingId = `${CLAIMS_ID}-${index}-finding`;
              const provisionErrors = [...rowErrors(index, 'provision'), ...rowWide(index)];
              const findingErrors = rowErrors(index, 'finding');
              return (
                // Rows have no id of their own; the index is what the API's field paths use too.
                <li key={index} className="claim">
                  <div className="field">
                    <label htmlFor={provisionId}>{t('form.claims.provision', { n })}</label>
                    <input
                      id={provisionId}
                      type="text"
                      value={claim.provision}
                      placeholder={t('form.claims.placeholder')}
                      aria-invalid={provisionErrors.length > 0}
                      aria-describedby={provisionErrors.length > 0 ? `${provisionId}-error` : undefined}
                      onChange={(e) => setClaim(index, { provision: e.target.value })}
                    />
                    <FieldMessages id={`${provisionId}-error`} messages={provisionErrors} />
                  </div>
                  <div className="field">
                    <label htmlFor={findingId}>{t('form.claims.finding', { n })}</label>
                    <select
                      id={findingId}
                      value={claim.finding}
                      aria-invalid={findingErrors.length > 0}
                      aria-describedby={findingErrors.length > 0 ? `${findingId}-error` : undefined}
                      onChange={(e) => setClaim(index, { finding: e.target.value as Finding })}
                    >
                      {FINDINGS.map((finding) => (
                        <option key={finding} value={finding}>
                          {t(`finding.${finding}`)}
                        </option>
                      ))}
                    </select>
                    <FieldMessages id={`${findingId}-error`} messages={findingErrors} />
                  </div>
                  <button type="button" className="button small claim-remove" aria-label={t('form.claims.remove.aria', { n })} onClick={() => remove(index)}>
                    {t('form.claims.remove')}
                  </button>
                </li>
              );
            })}
          </ol>
        )}
        <FieldMessages id={`${CLAIMS_ID}-error`} messages={listErrors} />
        <div className="claims-actions">
          <button type="button" className="button small" id={`${CLAIMS_ID}-add`} onClick={() => add()}>
            {t('form.claims.add')}
          </button>
          {/* CAFTA-DR Art. 20.17 applies to a breach of these two; the TPAs have no such article. */}
          {cafta && (
            <span className="claims-quick">
              <span className="field-hint">{t('form.claims.quick')}</span>
              {QUICK_PICKS.filter((pick) => !listed.has(normalizeProvision(pick.provision))).map((pick) => (
                <button key={pick.provision} type="button" className="button small" onClick={() => add(`Art. ${pick.provision}`)}>
                  {t(pick.label)}
                </button>
              ))}
            </span>
          )}
        </div>
      </div>
      <div className={`field${errors.has('reconveneGrounds') ? ' has-error' : ''}`}>
        <label htmlFor="case-reconveneGrounds">{t('form.reconveneGrounds')}</label>
        <select
          id="case-reconveneGrounds"
          name="reconveneGrounds"
          value={reconveneGrounds}
          aria-invalid={errors.has('reconveneGrounds')}
          aria-describedby={['case-reconveneGrounds-hint', errors.has('reconveneGrounds') ? 'case-reconveneGrounds-error' : ''].filter(Boolean).join(' ')}
          onChange={(e) => onChange({ reconveneGrounds: e.target.value as ReconveneGrounds | '' })}
        >
          <option value="">{t('form.reconveneGrounds.none')}</option>
          {RECONVENE_GROUNDS.map((grounds) => (
            <option key={grounds} value={grounds}>
              {t(`grounds.${grounds}`)}
            </option>
          ))}
        </select>
        <p className="field-hint" id="case-reconveneGrounds-hint">
          {t('form.reconveneGrounds.hint', { article: cafta ? 'CAFTA-DR Art. 20.16.3' : t(`agreement.${agreement}`) + ' Art. 21.16.3' })}
        </p>
        <FieldMessages id="case-reconveneGrounds-error" messages={errors.messages('reconveneGrounds')} />
      </div>
    </fieldset>
  );
}
