// What kept the case from being saved, at the top of the form: each invalid
// field with its message and a button that takes the focus to it, or what
// went wrong with the call as a whole.
import type { ApiError } from '../../shared/api/errors';
import { FieldMessages } from '../forms/Field';
import type { FieldErrorMap } from '../forms/useFieldErrors';
import { apiErrorText } from '../i18n/apiErrors';
import { useLocale } from '../i18n/LocaleContext';
import { fieldId } from './CaseFormFields';
import { isSubmission, parseHsCodes, type CaseFormValues, type FormField } from './caseFormValues';

type Props = Readonly<{
  error: ApiError;
  errors: FieldErrorMap;
  /** The invalid fields in screen order. */
  invalid: readonly FormField[];
  /** What was sent, to name the HS code or Party an indexed message ("hsCodes.1") is about. */
  submitted: CaseFormValues;
}>;

export function ErrorSummary({ error, errors, invalid, submitted }: Props) {
  const tools = useLocale();
  const { t } = tools;
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
    <div className="form-summary" role="alert" tabIndex={-1}>
      {invalid.length > 0 ? (
        <>
          <p className="form-summary-title">{t(invalid.length === 1 ? 'form.summary.one' : 'form.summary.other', { n: invalid.length })}</p>
          <ul>
            {invalid.map((field) => (
              <li key={field}>
                <button type="button" className="link-button" onClick={() => document.getElementById(fieldId(field))?.focus()}>
                  {t(field === 'respondent' && isSubmission(submitted.kind) ? 'form.partyConcerned' : `form.${field}`)}
                </button>
                <FieldMessages id={`summary-${field}`} messages={errors.messages(field)} describeIndex={describeIndex(field)} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p className="form-summary-title">{t('form.notSaved')}</p>
          <p>{apiErrorText(error, tools)}</p>
        </>
      )}
    </div>
  );
}
