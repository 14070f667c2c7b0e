// The case form's side of an edit conflict: the other person's change beside
// the official's, field by field, in words (renderer/forms/ConflictView.tsx),
// and the values to keep when the official keeps their own.
import type { CaseRecord } from '../../shared/cases/domain';
import { conflictRows, keepYours } from '../forms/conflict';
import { ConflictView } from '../forms/ConflictView';
import { useLocale } from '../i18n/LocaleContext';
import { fieldOrder, sameFieldValue, valuesFromRecord, type CaseFormValues } from './caseFormValues';
import { fieldLabel, fieldWords } from './fieldWords';

export type Conflict = Readonly<{
  /** What the form started from (the version the save sent). */
  base: CaseRecord;
  /** The case as stored now; null while it is read. */
  theirs: CaseRecord | null;
  gone: boolean;
}>;

/** The stored record a `conflict` refusal carries, if it carries one for this case (a record or a case detail). */
export function currentRecordOf(current: unknown, caseId: string): CaseRecord | null {
  if (typeof current !== 'object' || current === null) return null;
  const record = 'case' in current ? (current as { case: unknown }).case : current;
  if (typeof record !== 'object' || record === null) return null;
  const candidate = record as Partial<CaseRecord>;
  return candidate.id === caseId && typeof candidate.version === 'number' ? (record as CaseRecord) : null;
}

type Props = Readonly<{
  conflict: Conflict;
  values: CaseFormValues;
  onKeep: (merged: CaseFormValues, theirs: CaseRecord) => void;
  onTheirs: (theirs: CaseRecord) => void;
}>;

export function CaseConflict({ conflict, values, onKeep, onTheirs }: Props) {
  const tools = useLocale();
  const { theirs } = conflict;
  const base = valuesFromRecord(conflict.base);
  const stored = theirs === null ? null : valuesFromRecord(theirs);
  const fields = fieldOrder(values.kind);
  const lines =
    stored === null
      ? null
      : conflictRows(fields, base, values, stored, sameFieldValue).map((row) => ({
          field: row.field,
          label: fieldLabel(tools, row.field, values.kind),
          changedBy: row.changedBy,
          theirs: fieldWords(tools, row.field, stored),
          yours: fieldWords(tools, row.field, values),
        }));
  return (
    <ConflictView
      lines={lines}
      gone={conflict.gone}
      onKeep={() => {
        if (theirs !== null && stored !== null) onKeep(keepYours(fields, base, values, stored, sameFieldValue), theirs);
      }}
      onTheirs={() => {
        if (theirs !== null) onTheirs(theirs);
      }}
    />
  );
}
