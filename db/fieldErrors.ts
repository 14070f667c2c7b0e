// zod issues → the API's field errors: path ("hsCodes.1", "complainant", or
// "(root)" for the input as a whole) → the first message for that path.
import type { z } from 'zod';
import type { FieldErrors } from '../shared/api/errors';

export const ROOT_FIELD = '(root)';

export function fieldErrors(error: z.ZodError): FieldErrors {
  // A Map, not an object literal: paths come from the caller's keys, and
  // "constructor" or "__proto__" must be plain field names, not inherited members.
  const fields = new Map<string, string>();
  const put = (path: string, message: string) => {
    if (!fields.has(path)) fields.set(path, message);
  };
  for (const issue of error.issues) {
    const path = issue.path.map((part) => String(part)).join('.');
    if (issue.code === 'unrecognized_keys') {
      // Name each unknown field rather than blaming the object holding it.
      for (const key of issue.keys) put(path === '' ? key : `${path}.${key}`, 'Not a field of this method');
    } else {
      put(path === '' ? ROOT_FIELD : path, issue.message);
    }
  }
  // fromEntries defines own properties, so even "__proto__" stays a field.
  return Object.fromEntries(fields);
}
