// zod issues → the API's field errors: path ("hsCodes.1", "complainant", or
// "(root)" for the input as a whole) → the code and parameters of the first
// issue for that path. Schemas name a code as the message of their own checks
// (shared/api/fields.ts); zod's built-in checks are mapped by kind.
import type { z } from 'zod';
import { isFieldErrorCode, type ErrorParams, type FieldError, type FieldErrorCode, type FieldErrors } from '../shared/api/errors';
import { translate } from '../shared/i18n/catalog';

export const ROOT_FIELD = '(root)';

export function fieldError(code: FieldErrorCode, params?: ErrorParams): FieldError {
  const message = translate('en', `apiError.field.${code}`, params);
  return params === undefined ? { code, message } : { code, params, message };
}

/** `input` is what the caller sent: a field missing from it is "required", not "wrong type". */
export function fieldErrors(error: z.ZodError, input: unknown): FieldErrors {
  // A Map, not an object literal: paths come from the caller's keys, and
  // "constructor" or "__proto__" must be plain field names, not inherited members.
  const fields = new Map<string, FieldError>();
  const put = (path: string, value: FieldError) => {
    if (!fields.has(path)) fields.set(path, value);
  };
  for (const issue of error.issues) {
    const path = issue.path.map((part) => String(part)).join('.');
    if (issue.code === 'unrecognized_keys') {
      // Name each unknown field rather than blaming the object holding it.
      for (const key of issue.keys) put(path === '' ? key : `${path}.${key}`, fieldError('not_a_field'));
    } else {
      put(path === '' ? ROOT_FIELD : path, issueError(issue, valueAt(input, issue.path)));
    }
  }
  // fromEntries defines own properties, so even "__proto__" stays a field.
  return Object.fromEntries(fields);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const part of path) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, part)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function issueError(issue: z.core.$ZodIssue, value: unknown): FieldError {
  const params = 'params' in issue && issue.params !== undefined ? (issue.params as ErrorParams) : undefined;
  // Nothing given, or an empty choice (a select left blank), is "required", whatever the check.
  if ((issue.code === 'invalid_type' && value === undefined) || (value === '' && issue.code === 'invalid_value')) return fieldError('required');
  if (isFieldErrorCode(issue.message)) return fieldError(issue.message, params);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return fieldError('required');
      return fieldError(issue.expected === 'int' ? 'whole_number' : 'wrong_type');
    case 'too_big':
      if (issue.origin === 'string') return fieldError('too_long', { max: Number(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') return fieldError('too_many', { max: Number(issue.maximum) });
      return fieldError('at_most', { max: Number(issue.maximum) });
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return fieldError('required');
      return fieldError('at_least', { min: Number(issue.minimum) });
    case 'invalid_value':
    case 'invalid_union':
      return fieldError('not_one_of');
    case 'invalid_format':
      return fieldError(issue.format === 'uuid' ? 'not_id' : 'invalid');
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
    case 'unrecognized_keys':
      return fieldError('invalid');
    default: {
      const unknown: never = issue;
      return unknown;
    }
  }
}
