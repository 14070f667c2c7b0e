// The fields of the case form, grouped as an official reads a case: what it
// is, who the parties are (for an environment submission: the submitter and
// the Party concerned), the measure and goods concerned, and for a dispute the
// claims and the panel's findings.
import type { ReactNode } from 'react';
import type { AgreementInfo } from '../../shared/agreements/info';
import type { PartyCode } from '../../shared/domain/agreements';
import { CASE_KINDS, CASE_STATUSES, NTE_CATEGORIES, type CaseKind, type CaseStatus, type NteCategory } from '../../shared/cases/domain';
import type { Stage } from '../../shared/domain/stages';
import { suggestsPerishable } from '../../shared/domain/hsCodes';
import { DateField } from '../forms/DateField';
import { FieldMessages, messagesId } from '../forms/Field';
import type { FieldErrorMap } from '../forms/useFieldErrors';
import { useLocale } from '../i18n/LocaleContext';
import { ClaimsFields } from './ClaimsFields';
import { asksForClaims, isSubmission, parseHsCodes, reconcileParties, type CaseFormValues, type FormField } from './caseFormValues';

type Props = Readonly<{
  values: CaseFormValues;
  onChange: (values: CaseFormValues) => void;
  agreements: readonly AgreementInfo[];
  errors: FieldErrorMap;
  /** What was sent with the failed save, to name the HS code or party an indexed message is about. */
  submitted: Readonly<{ hsCodes: readonly string[]; thirdParties: readonly PartyCode[] }>;
  /** The stored case's stage (null for a new case): a matter that reached a panel records claims too. */
  stage: Stage | null;
}>;

export function fieldId(field: FormField): string {
  return `case-${field}`;
}

function Field({ field, label, errors, hint, children, describeIndex }: Readonly<{
  field: FormField;
  label: string;
  errors: FieldErrorMap;
  hint?: ReactNode;
  children: ReactNode;
  describeIndex?: (index: number) => string;
}>) {
  return (
    <div className={`field${errors.has(field) ? ' has-error' : ''}`}>
      <label htmlFor={fieldId(field)}>{label}</label>
      {children}
      {hint}
      <FieldMessages id={messagesId(fieldId(field))} messages={errors.messages(field)} describeIndex={describeIndex} />
    </div>
  );
}

export function CaseFormFields({ values, onChange, agreements, errors, submitted, stage }: Props) {
  const { t, locale } = useLocale();
  const partiesOf = (id: string): readonly PartyCode[] => agreements.find((info) => info.id === id)?.parties.map((p) => p.code) ?? [];
  const parties = partiesOf(values.agreement);
  // Every change passes through reconcileParties, so a new agreement or side never leaves a stale party.
  const set = (change: Partial<CaseFormValues>) =>
    onChange(reconcileParties({ ...values, ...change }, partiesOf(change.agreement ?? values.agreement)));
  const a11y = (field: FormField) => ({
    id: fieldId(field),
    name: field,
    'aria-invalid': errors.has(field),
    'aria-describedby': errors.has(field) ? messagesId(fieldId(field)) : undefined,
  });
  const otherParties = parties.filter((code) => code !== values.complainant && code !== values.respondent);
  const hsCodes = parseHsCodes(values.hsCodes);
  const submission = isSubmission(values.kind);
  const showPerishableHint = !submission && suggestsPerishable(hsCodes) && !values.perishable;

  return (
    <>
      <fieldset className="form-group">
        <legend>{t('form.group.case')}</legend>
        <Field field="agreement" label={t('form.agreement')} errors={errors}>
          <select {...a11y('agreement')} value={values.agreement} onChange={(e) => set({ agreement: e.target.value as CaseFormValues['agreement'] })}>
            {agreements.map((info) => (
              <option key={info.id} value={info.id}>
                {info.shortName[locale]}
              </option>
            ))}
          </select>
        </Field>
        <Field field="kind" label={t('form.kind')} errors={errors}>
          <select {...a11y('kind')} value={values.kind} onChange={(e) => set({ kind: e.target.value as CaseKind })}>
            {CASE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <div className="field-wide">
          <Field field="title" label={t('form.title')} errors={errors}>
            <input {...a11y('title')} type="text" value={values.title} onChange={(e) => set({ title: e.target.value })} />
          </Field>
        </div>
        <div className="field-wide">
          <Field field="summary" label={t('form.summary')} errors={errors}>
            <textarea {...a11y('summary')} rows={4} value={values.summary} onChange={(e) => set({ summary: e.target.value })} />
          </Field>
        </div>
        <Field field="status" label={t('form.status')} errors={errors}>
          <select {...a11y('status')} value={values.status} onChange={(e) => set({ status: e.target.value as CaseStatus })}>
            {CASE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </Field>
        <DateField
          id={fieldId('openedOn')}
          label={t('form.openedOn')}
          value={values.openedOn}
          onChange={(openedOn) => set({ openedOn })}
          messages={errors.messages('openedOn')}
          hint={t('form.openedOn.hint')}
        />
        <Field field="leadOfficer" label={t('form.leadOfficer')} errors={errors}>
          <input {...a11y('leadOfficer')} type="text" value={values.leadOfficer} onChange={(e) => set({ leadOfficer: e.target.value })} />
        </Field>
      </fieldset>

      <fieldset className="form-group">
        <legend>{t('form.group.parties')}</legend>
        {!submission && <p className="field-hint field-wide">{t('form.parties.hint', { agreement: t(`agreement.${values.agreement}`) })}</p>}
        {submission && (
          <div className="field-wide">
            <Field field="submitter" label={t('form.submitter')} errors={errors} hint={<p className="field-hint">{t('form.submitter.hint')}</p>}>
              <input {...a11y('submitter')} type="text" value={values.submitter} onChange={(e) => set({ submitter: e.target.value })} />
            </Field>
          </div>
        )}
        {(submission ? (['respondent'] as const) : (['complainant', 'respondent'] as const)).map((side) => (
          <Field
            key={side}
            field={side}
            label={submission ? t('form.partyConcerned') : t(`form.${side}`)}
            errors={errors}
            hint={submission && <p className="field-hint">{t('form.partyConcerned.hint', { agreement: t(`agreement.${values.agreement}`) })}</p>}
          >
            <select {...a11y(side)} value={values[side]} onChange={(e) => set({ [side]: e.target.value as PartyCode | '' })}>
              <option value="">{t('form.choose')}</option>
              {parties.map((code) => (
                <option key={code} value={code}>
                  {t(`party.${code}`)}
                </option>
              ))}
            </select>
          </Field>
        ))}
        {/* A submission has no third Parties (Art. 17.7 / 18.8): the API refuses them. */}
        {!submission && (
          <fieldset
            className={`field field-wide third-parties${errors.has('thirdParties') ? ' has-error' : ''}`}
            aria-describedby={errors.has('thirdParties') ? `${fieldId('thirdParties')}-error` : undefined}
          >
            <legend>{t('form.thirdParties')}</legend>
            {otherParties.length === 0 ? (
              <p className="field-hint">{t('form.thirdParties.none')}</p>
            ) : (
              <div className="checkbox-row" id={fieldId('thirdParties')} tabIndex={-1}>
                {otherParties.map((code) => (
                  <label key={code} className="checkbox">
                    <input
                      type="checkbox"
                      name="thirdParties"
                      value={code}
                      checked={values.thirdParties.includes(code)}
                      onChange={(e) =>
                        set({
                          // Kept in the agreement's order, so ticking and unticking is not an edit.
                          thirdParties: parties.filter((p) => (p === code ? e.target.checked : values.thirdParties.includes(p))),
                        })
                      }
                    />
                    {t(`party.${code}`)}
                  </label>
                ))}
              </div>
            )}
            <FieldMessages
              id={messagesId(fieldId('thirdParties'))}
              messages={errors.messages('thirdParties')}
              describeIndex={(index) => {
                const code = submitted.thirdParties[index];
                return code === undefined ? String(index + 1) : t(`party.${code}`);
              }}
            />
          </fieldset>
        )}
      </fieldset>

      <fieldset className="form-group">
        <legend>{t('form.group.measure')}</legend>
        <div className="field-wide">
          <Field field="measure" label={t('form.measure')} errors={errors}>
            <textarea {...a11y('measure')} rows={2} value={values.measure} onChange={(e) => set({ measure: e.target.value })} />
          </Field>
        </div>
        <Field field="sector" label={t('form.sector')} errors={errors}>
          <input {...a11y('sector')} type="text" value={values.sector} onChange={(e) => set({ sector: e.target.value })} />
        </Field>
        <Field field="nteCategory" label={t('form.nteCategory')} errors={errors}>
          <select {...a11y('nteCategory')} value={values.nteCategory} onChange={(e) => set({ nteCategory: e.target.value as NteCategory | '' })}>
            <option value="">{t('form.nteCategory.none')}</option>
            {NTE_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`nte.${category}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          field="hsCodes"
          label={t('form.hsCodes')}
          errors={errors}
          hint={<p className="field-hint">{t('form.hsCodes.hint')}</p>}
          describeIndex={(index) => `“${submitted.hsCodes[index] ?? index + 1}”`}
        >
          <input
            {...a11y('hsCodes')}
            type="text"
            inputMode="numeric"
            className="mono"
            value={values.hsCodes}
            placeholder="0803, 080390"
            onChange={(e) => set({ hsCodes: e.target.value })}
          />
        </Field>
        {/* The perishable-goods periods are state-to-state consultation periods; a submission has none. */}
        {!submission && (
          <div className={`field${errors.has('perishable') ? ' has-error' : ''}`}>
            <span className="field-label">{t('form.perishable')}</span>
            <label className="checkbox">
              <input {...a11y('perishable')} type="checkbox" checked={values.perishable} onChange={(e) => set({ perishable: e.target.checked })} />
              {t('form.perishable.label')}
            </label>
            <p className="field-hint">{t('form.perishable.hint')}</p>
            <FieldMessages id={messagesId(fieldId('perishable'))} messages={errors.messages('perishable')} />
          </div>
        )}
        {showPerishableHint && (
          <div className="perishable-suggestion field-wide" role="status">
            <p>{t('form.perishable.suggestion')}</p>
            <button type="button" className="button" onClick={() => set({ perishable: true })}>
              {t('form.perishable.apply')}
            </button>
          </div>
        )}
      </fieldset>

      {asksForClaims(values, stage) && (
        <ClaimsFields
          agreement={values.agreement}
          claims={values.claims}
          reconveneGrounds={values.reconveneGrounds}
          onChange={(change) => set(change)}
          errors={errors}
        />
      )}
    </>
  );
}
