// The API is the one validator: its answer to a refused save names each bad
// field ("title", "hsCodes.1"). This hook maps that answer to the form's
// fields, in the UI language. It is the one place a form turns API field
// errors into words (renderer/i18n/apiErrors.ts translates them by code).
import { useMemo } from 'react';
import type { ApiError } from '../../shared/api/errors';
import { fieldErrorText, groupFieldErrors, indexOf } from '../i18n/apiErrors';
import { useLocale } from '../i18n/LocaleContext';

export type FieldMessage = Readonly<{
  /** The API's path: "hsCodes.1". */
  path: string;
  /** The list item it is about (1 for "hsCodes.1"), or null for the field itself. */
  index: number | null;
  text: string;
}>;

export type FieldErrorMap = Readonly<{
  has: (field: string) => boolean;
  messages: (field: string) => readonly FieldMessage[];
  /** Every field with a message, in the order the API gave them. */
  fields: readonly string[];
}>;

const NONE: readonly FieldMessage[] = [];

export function useFieldErrors(error: ApiError | null | undefined): FieldErrorMap {
  const tools = useLocale();
  const fields = error?.fields;
  return useMemo(() => {
    const byField = new Map<string, readonly FieldMessage[]>();
    for (const [field, errors] of groupFieldErrors(fields))
      byField.set(
        field,
        errors.map(({ path, error: fieldError }) => ({ path, index: indexOf(path), text: fieldErrorText(fieldError, tools) })),
      );
    return {
      has: (field) => byField.has(field),
      messages: (field) => byField.get(field) ?? NONE,
      fields: [...byField.keys()],
    };
  }, [fields, tools]);
}
