// New case (#/cases/new) and edit case (#/cases/<id>/edit). The API is the
// one validator: its field messages appear under each field and in a summary
// at the top, and the first invalid field takes the focus. An edit sends the
// version it read; if someone saved the case meanwhile the API answers
// `conflict` and the official may reload the case.
import { useEffect, useRef, useState } from 'react';
import type { ApiError, ApiResponse } from '../../shared/api/errors';
import type { AgreementInfo } from '../../shared/agreements/info';
import type { CaseRecord } from '../../shared/cases/domain';
import type { Stage } from '../../shared/domain/stages';
import { localToday } from '../../shared/domain/dates';
import { call } from '../api/client';
import { useApiQuery } from '../api/useApi';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { navigate } from '../routing/useRoute';
import { CaseFormFields, fieldId } from './CaseFormFields';
import { groupFieldErrors } from './apiMessages';
import { FieldError } from './FieldError';
import {
  changedInput,
  createInput,
  emptyValues,
  fieldOrder,
  firstInvalidField,
  isSubmission,
  parseHsCodes,
  valuesFromRecord,
  type CaseFormValues,
  type FormField,
} from './caseFormValues';
import './caseForm.css';

export function CaseFormPage({ caseId }: { caseId?: string }) {
  const { t } = useLocale();
  const agreements = useApiQuery('agreements.list', {}, 'agreements');
  if (agreements.data === null)
    return (
      <div className="page case-form-page">
        {agreements.error ? <p className="notice error">{agreements.error.message}</p> : <p className="muted">{t('case.loading')}</p>}
      </div>
    );
  return caseId === undefined ? <NewCase agreements={agreements.data} /> : <EditCase caseId={caseId} agreements={agreements.data} />;
}

function NewCase({ agreements }: Readonly<{ agreements: readonly AgreementInfo[] }>) {
  const { t } = useLocale();
  return (
    <CaseForm
      heading={t('form.heading.new')}
      initial={emptyValues(localToday())}
      agreements={agreements}
      cancelHref={routeHref({ name: 'cases' })}
      stage={null}
      save={(values) => call('cases.create', createInput(values))}
    />
  );
}

function EditCase({ caseId, agreements }: Readonly<{ caseId: string; agreements: readonly AgreementInfo[] }>) {
  const { t } = useLocale();
  const [reloads, setReloads] = useState(0);
  const detail = useApiQuery('cases.get', { id: caseId }, `${caseId}#${reloads}`);
  if (detail.data === null)
    return (
      <div className="page case-form-page">
        {detail.error ? <p className="notice error">{detail.error.code === 'not_found' ? t('case.notFound') : detail.error.message}</p> : <p className="muted">{t('case.loading')}</p>}
      </div>
    );
  const record = detail.data.case;
  return (
    <CaseForm
      // A reload starts the form again from the case as now stored.
      key={`${record.version}#${reloads}`}
      heading={t('form.heading.edit', { reference: record.reference })}
      initial={valuesFromRecord(record)}
      agreements={agreements}
      cancelHref={routeHref({ name: 'case', id: caseId })}
      stage={detail.data.stage}
      save={(values) => {
        const changes = changedInput(values, record);
        if (Object.keys(changes).length === 0) return Promise.resolve({ ok: true, result: record });
        return call('cases.update', { id: record.id, version: record.version, ...changes });
      }}
      onReload={() => setReloads((value) => value + 1)}
    />
  );
}

type FormProps = Readonly<{
  heading: string;
  initial: CaseFormValues;
  agreements: readonly AgreementInfo[];
  cancelHref: string;
  stage: Stage | null;
  save: (values: CaseFormValues) => Promise<ApiResponse<CaseRecord>>;
  onReload?: () => void;
}>;

function CaseForm({ heading, initial, agreements, cancelHref, stage, save, onReload }: FormProps) {
  const { t } = useLocale();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [submitted, setSubmitted] = useState<CaseFormValues>(initial);
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = groupFieldErrors(error?.fields);

  useEffect(() => {
    if (attempt === 0 || error === null) return;
    const first = firstInvalidField(Object.keys(error.fields ?? {}), submitted.kind);
    const target = first === null ? null : document.getElementById(fieldId(first));
    (target ?? summaryRef.current)?.focus();
  }, [attempt, error, submitted.kind]);

  async function submit(form: React.FormEvent<HTMLFormElement>) {
    form.preventDefault();
    setSaving(true);
    const response = await save(values);
    setSaving(false);
    if (response.ok) {
      navigate({ name: 'case', id: response.result.id });
      return;
    }
    setSubmitted(values);
    setError(response.error);
    setAttempt((value) => value + 1);
  }

  const invalid = fieldOrder(submitted.kind).filter((field) => errors.has(field));
  // Names the HS code or Party an indexed message ("hsCodes.1") is about, as sent.
  const describeIndex = (field: FormField) => {
    if (field === 'hsCodes') return (index: number) => `“${parseHsCodes(submitted.hsCodes)[index] ?? index + 1}”`;
    if (field === 'thirdParties')
      return (index: number) => {
        const code = submitted.thirdParties[index];
        return code === undefined ? String(index + 1) : t(`party.${code}`);
      };
    return undefined;
  };
  return (
    <div className="page case-form-page">
      <h1>{heading}</h1>
      {error && (
        <div className="form-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          {error.code === 'conflict' ? (
            <>
              <p className="form-summary-title">{t('form.conflict.title')}</p>
              <p>{t('form.conflict.body')}</p>
              {onReload && (
                <button type="button" className="button primary" onClick={onReload}>
                  {t('form.conflict.reload')}
                </button>
              )}
            </>
          ) : invalid.length > 0 ? (
            <>
              <p className="form-summary-title">{t(invalid.length === 1 ? 'form.summary.one' : 'form.summary.other', { n: invalid.length })}</p>
              <ul>
                {invalid.map((field) => (
                  <li key={field}>
                    <button type="button" className="link-button" onClick={() => document.getElementById(fieldId(field))?.focus()}>
                      {t(field === 'respondent' && isSubmission(submitted.kind) ? 'form.partyConcerned' : `form.${field}`)}
                    </button>
                    <FieldError id={`summary-${field}`} errors={errors.get(field)} describeIndex={describeIndex(field)} />
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <p className="form-summary-title">{t('form.notSaved')}</p>
              <p>{error.message}</p>
            </>
          )}
        </div>
      )}
      <form className="case-form" onSubmit={(form) => void submit(form)} noValidate>
        <CaseFormFields
          values={values}
          onChange={setValues}
          agreements={agreements}
          errors={errors}
          submitted={{ hsCodes: parseHsCodes(submitted.hsCodes), thirdParties: submitted.thirdParties }}
          stage={stage}
        />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={saving}>
            {t('form.save')}
          </button>
          <a className="button" href={cancelHref}>
            {t('form.cancel')}
          </a>
        </div>
      </form>
    </div>
  );
}
