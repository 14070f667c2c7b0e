// Who stands on each side of a case, in words: "Costa Rica → El Salvador" for
// a dispute, "PRETOMA (submitter) → Costa Rica" for an environment submission,
// which a person or organization files, not a Party (CAFTA-DR Art. 17.7; TPA
// Art. 18.8). Shared by the case header and the cases table.
import type { CaseRecord } from '../../shared/cases/domain';
import type { LocaleTools } from '../i18n/LocaleContext';

export type CaseSides = Readonly<{ from: string; to: string }>;

export function caseSides(
  t: LocaleTools['t'],
  record: Pick<CaseRecord, 'kind' | 'complainant' | 'respondent' | 'submitter'>,
): CaseSides {
  const to = t(`party.${record.respondent}`);
  if (record.kind === 'environment_submission' || record.complainant === null)
    return { from: record.submitter.trim() === '' ? '—' : t('case.submitterInline', { name: record.submitter }), to };
  return { from: t(`party.${record.complainant}`), to };
}
