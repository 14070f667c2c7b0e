// A case field's value in words, as the conflict view shows it beside the
// other person's (party names, labels and dates in the UI language, not codes).
import type { LocaleTools } from '../i18n/LocaleContext';
import { isCalendarDate } from '../../shared/domain/dates';
import type { MessageKey } from '../../shared/i18n/catalog';
import { isSubmission, parseHsCodes, type CaseFormValues, type FormField } from './caseFormValues';

type Tools = Pick<LocaleTools, 't' | 'formatDate'>;

/** The field's label, as on the form. */
export function fieldLabel({ t }: Tools, field: FormField, kind: CaseFormValues['kind']): string {
  if (field === 'respondent' && isSubmission(kind)) return t('form.partyConcerned');
  return t(`form.${field}` as MessageKey);
}

export function fieldWords({ t, formatDate }: Tools, field: FormField, values: CaseFormValues): string {
  switch (field) {
    case 'agreement':
      return t(`agreement.${values.agreement}`);
    case 'kind':
      return t(`kind.${values.kind}`);
    case 'status':
      return t(`status.${values.status}`);
    case 'complainant':
    case 'respondent': {
      const code = values[field];
      return code === '' ? '' : t(`party.${code}`);
    }
    case 'thirdParties':
      return values.thirdParties.map((code) => t(`party.${code}`)).join(', ');
    case 'nteCategory':
      return values.nteCategory === '' ? '' : t(`nte.${values.nteCategory}`);
    case 'perishable':
      return values.perishable ? t('form.perishable.label') : '';
    case 'claims':
      return values.claims.map((claim) => `${claim.provision} — ${t(`finding.${claim.finding}`)}`).join('\n');
    case 'reconveneGrounds':
      return values.reconveneGrounds === '' ? '' : t(`grounds.${values.reconveneGrounds}`);
    case 'hsCodes':
      return parseHsCodes(values.hsCodes).join(', ');
    case 'openedOn':
      return isCalendarDate(values.openedOn) ? formatDate(values.openedOn) : values.openedOn;
    case 'title':
    case 'summary':
    case 'submitter':
    case 'measure':
    case 'sector':
    case 'leadOfficer':
      return values[field];
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
}
