// The API's errors in the official's language, by code: the words come from
// the catalogs (shared/i18n/messages/apiErrors.ts), never from the English
// `message` the API also sends.
import type { ApiError, ErrorParams, FieldError, FieldErrors } from '../../shared/api/errors';
import type { MessageKey } from '../../shared/i18n/catalog';

type Translate = (key: MessageKey, params?: ErrorParams) => string;
type Tools = Readonly<{ t: Translate; formatDate: (isoDate: string) => string }>;

/** Dates in parameters (a date range's ends) are shown in the UI language's format. */
function localParams(params: ErrorParams | undefined, formatDate: Tools['formatDate']): ErrorParams {
  return Object.fromEntries(
    Object.entries(params ?? {}).map(([name, value]) => [name, typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value]),
  );
}

/** What a refused or failed call says, as a whole. */
export function apiErrorText(error: ApiError, { t, formatDate }: Tools): string {
  return t(`apiError.${error.reason}`, localParams(error.params, formatDate));
}

/** What is wrong with one field. */
export function fieldErrorText(error: FieldError, { t, formatDate }: Tools): string {
  return t(`apiError.field.${error.code}`, localParams(error.params, formatDate));
}

/** The form field a path belongs to: "hsCodes.1" → "hsCodes", "thirdParties.0" → "thirdParties". */
export function fieldOf(path: string): string {
  return path.split('.')[0] ?? path;
}

/** The list index in a path ("hsCodes.1" → 1), or null for the field itself. */
export function indexOf(path: string): number | null {
  const second = path.split('.')[1];
  return second !== undefined && /^\d+$/.test(second) ? Number(second) : null;
}

export type PathError = Readonly<{ path: string; error: FieldError }>;

/** Groups the API's field errors by form field, keeping the order the API gave. */
export function groupFieldErrors(fields: FieldErrors | undefined): ReadonlyMap<string, readonly PathError[]> {
  const grouped = new Map<string, PathError[]>();
  for (const [path, error] of Object.entries(fields ?? {})) {
    const field = fieldOf(path);
    const list = grouped.get(field) ?? [];
    list.push({ path, error });
    grouped.set(field, list);
  }
  return grouped;
}
