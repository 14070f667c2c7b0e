// New case (#/cases/new) and edit case (#/cases/<id>/edit), on the form kit.
// The API is the one validator: its field messages appear under each field
// and in a summary at the top, and the first invalid field takes the focus.
// Leaving with unsaved changes (Cancel, Escape, Back, a link, closing the
// window) asks first. After Save the case's page opens with the focus on it.
// An edit sends the version it read; if someone saved the case meanwhile the
// API answers `conflict`, and the official sees the other person's change
// beside theirs and may keep their own and save again on the new version.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiError, ApiResponse } from '../../shared/api/errors';
import type { AgreementInfo } from '../../shared/agreements/info';
import type { CaseRecord } from '../../shared/cases/domain';
import type { Stage } from '../../shared/domain/stages';
import { localToday } from '../../shared/domain/dates';
import { apiQueryKey, fetchResult, useCommand, useQueryMethod } from '../api/queries';
import { changedFields } from '../forms/dirty';
import { escapeCancels, focusWhenShown } from '../forms/focus';
import { useFieldErrors } from '../forms/useFieldErrors';
import { useUnsavedGuard } from '../forms/useUnsavedGuard';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { navigate } from '../routing/useRoute';
import { ErrorNotice } from '../shell/ErrorNotice';
import { CaseConflict, currentRecordOf, type Conflict } from './CaseConflict';
import { CaseFormFields, fieldId } from './CaseFormFields';
import { ErrorSummary } from './ErrorSummary';
import { changedInput, createInput, emptyValues, fieldOrder, firstInvalidField, parseHsCodes, valuesFromRecord, type CaseFormValues } from './caseFormValues';
import './caseForm.css';

export function CaseFormPage({ caseId }: { caseId?: string }) {
  const { t } = useLocale();
  // Reference data: the same for the whole run.
  const agreements = useQueryMethod('agreements.list', {}, { staleTime: Infinity });
  if (agreements.data === undefined)
    return (
      <div className="page case-form-page">
        {agreements.error ? <ErrorNotice error={agreements.error} /> : <p className="muted">{t('case.loading')}</p>}
      </div>
    );
  return caseId === undefined ? <NewCase agreements={agreements.data} /> : <EditCase caseId={caseId} agreements={agreements.data} />;
}

function NewCase({ agreements }: Readonly<{ agreements: readonly AgreementInfo[] }>) {
  const { t } = useLocale();
  const create = useCommand('cases.create');
  return (
    <CaseForm
      heading={t('form.heading.new')}
      base={null}
      agreements={agreements}
      cancelHref={routeHref({ name: 'cases' })}
      stage={null}
      save={(values) => create.run(createInput(values))}
    />
  );
}

function EditCase({ caseId, agreements }: Readonly<{ caseId: string; agreements: readonly AgreementInfo[] }>) {
  const { t } = useLocale();
  const detail = useQueryMethod('cases.get', { id: caseId });
  const update = useCommand('cases.update');
  if (detail.data === undefined)
    return (
      <div className="page case-form-page">
        {detail.error ? detail.error.code === 'not_found' ? <p className="notice error">{t('case.notFound')}</p> : <ErrorNotice error={detail.error} /> : <p className="muted">{t('case.loading')}</p>}
      </div>
    );
  const record = detail.data.case;
  return (
    <CaseForm
      // The form keeps the record it started from (its base) while the cached
      // case is read again behind it: only a conflict moves the base.
      key={record.id}
      heading={t('form.heading.edit', { reference: record.reference })}
      base={record}
      agreements={agreements}
      cancelHref={routeHref({ name: 'case', id: caseId })}
      stage={detail.data.stage}
      save={(values, base) => {
        if (base === null) return Promise.resolve({ ok: true, result: record });
        const changes = changedInput(values, base);
        if (Object.keys(changes).length === 0) return Promise.resolve({ ok: true, result: base });
        return update.run({ id: base.id, version: base.version, ...changes });
      }}
    />
  );
}

type FormProps = Readonly<{
  heading: string;
  /** The stored case an edit starts from; null for a new case. */
  base: CaseRecord | null;
  agreements: readonly AgreementInfo[];
  cancelHref: string;
  stage: Stage | null;
  save: (values: CaseFormValues, base: CaseRecord | null) => Promise<ApiResponse<CaseRecord>>;
}>;

function CaseForm({ heading, base: firstBase, agreements, cancelHref, stage, save }: FormProps) {
  const tools = useLocale();
  const client = useQueryClient();
  const [base, setBase] = useState(firstBase);
  const [initial, setInitial] = useState(() => (firstBase === null ? emptyValues(localToday()) : valuesFromRecord(firstBase)));
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [submitted, setSubmitted] = useState<CaseFormValues>(initial);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [kept, setKept] = useState(false);
  const errors = useFieldErrors(error?.code === 'invalid_input' ? error : null);
  // Compared as the API would receive them: "0803,080390" is "0803, 080390".
  const dirty = changedFields(createInput(initial), createInput(values)).length > 0;
  const guard = useUnsavedGuard(dirty);

  async function submit(form: React.FormEvent<HTMLFormElement>) {
    form.preventDefault();
    setSaving(true);
    const response = await save(values, base);
    setSaving(false);
    if (response.ok) {
      guard.release();
      navigate({ name: 'case', id: response.result.id });
      // The saved record: its page's heading.
      focusWhenShown('.case-page h1.case-title');
      return;
    }
    setSubmitted(values);
    setError(response.error);
    setKept(false);
    if (response.error.code === 'conflict' && base !== null) {
      void showConflict(response.error, base);
      return;
    }
    const first = firstInvalidField(Object.keys(response.error.fields ?? {}), values.kind);
    focusWhenShown(first === null ? '.case-form-page .form-summary' : `#${fieldId(first)}`, 1000);
  }

  async function showConflict(refusal: ApiError, stale: CaseRecord) {
    // The API sends the record as stored now with the refusal; until it does, it is read.
    const sent = currentRecordOf(refusal.current, stale.id);
    setConflict({ base: stale, theirs: sent, gone: false });
    focusWhenShown('.case-form-page .conflict', 1000);
    if (sent !== null) return;
    try {
      const detail = await client.fetchQuery({ queryKey: apiQueryKey('cases.get', { id: stale.id }), queryFn: () => fetchResult('cases.get', { id: stale.id }) });
      setConflict({ base: stale, theirs: detail.case, gone: false });
    } catch {
      setConflict({ base: stale, theirs: null, gone: true });
    }
  }

  function keepMine(merged: CaseFormValues, theirs: CaseRecord) {
    setBase(theirs);
    setInitial(valuesFromRecord(theirs));
    setValues(merged);
    setConflict(null);
    setError(null);
    setKept(true);
    focusWhenShown('.case-form-page .form-kept', 1000);
  }

  function takeTheirs(theirs: CaseRecord) {
    const stored = valuesFromRecord(theirs);
    setBase(theirs);
    setInitial(stored);
    setValues(stored);
    setConflict(null);
    setError(null);
    setKept(false);
    focusWhenShown('.case-form-page h1', 1000);
  }

  // Escape does what Cancel does.
  const cancel = () =>
    guard.leave(() => {
      window.location.hash = cancelHref;
    });
  const { t } = tools;
  return (
    <div className="page case-form-page">
      {/* tabIndex: the focus lands here after "Take their version". */}
      <h1 tabIndex={-1}>{heading}</h1>
      {conflict !== null ? (
        <CaseConflict conflict={conflict} values={values} onKeep={keepMine} onTheirs={takeTheirs} />
      ) : (
        error !== null && (
          <ErrorSummary
            error={error}
            errors={errors}
            invalid={fieldOrder(submitted.kind).filter((field) => errors.has(field))}
            submitted={submitted}
          />
        )
      )}
      {kept && (
        <p className="form-kept" role="status" tabIndex={-1}>
          {t('forms.conflict.kept')}
        </p>
      )}
      <form className="case-form" onSubmit={(form) => void submit(form)} onKeyDown={escapeCancels(cancel)} noValidate>
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
          {/* A link, so it opens where it says; the guard asks first when something would be lost. */}
          <a className="button" href={cancelHref}>
            {t('form.cancel')}
          </a>
        </div>
      </form>
      {guard.dialog}
    </div>
  );
}
