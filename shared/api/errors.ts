// What a refused or failed call answers. Errors travel as codes with
// parameters; only the renderer turns them into words, from the catalogs of
// both languages (shared/i18n/messages/apiErrors.ts). `message` is the English
// text of the same code, for API callers that are not the app.

// busy, disk_full, read_only and corrupt are causes the user can act on (issue 7
// §1): another copy writing, no space left, a file that cannot be written, a
// damaged file (the app shows the recovery screen). internal is everything else.
export const ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'busy', 'disk_full', 'read_only', 'corrupt', 'internal', 'unknown_method'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What exactly went wrong with a call, beyond its error code. */
export const ERROR_REASONS = [
  // invalid_input
  'fields',
  // not_found: params { record }
  'no_record',
  // conflict
  'stale_version',
  'sample_loaded',
  // busy: another copy of the app holds the write lock
  'database_busy',
  // busy: another copy took this one's folder lock over (it judged this copy gone); this copy no longer writes
  'lock_lost',
  // disk_full: nothing was saved
  'disk_full',
  // read_only: the file or folder cannot be written
  'read_only',
  // read_only: this copy was opened --read-only beside the one that holds the data folder
  'read_only_copy',
  // corrupt: the data file is damaged; nothing more is written to it
  'damaged',
  // internal
  'server_failed',
  // Backups (db/backups): not_found { what } / { folder }; invalid_input for a file
  // refused before restoring (too_new: { version, supported }); internal restore_failed.
  'no_backup',
  'no_folder',
  'backup_not_ours',
  'backup_too_new',
  'backup_damaged',
  'restore_failed',
  // Recovery (db/recovery): conflict — switching to a salvaged file is only for data found damaged.
  'not_damaged',
  // unknown_method: params { method }
  'no_method',
  // A request the app never makes (malformed HTTP, a call from outside the window): refused by the host.
  'bad_request',
  // Met by the renderer's transport before any answer came.
  'no_token',
  'host_unreachable',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

/** What is wrong with one field; each has a message in English and Spanish. */
export const FIELD_ERROR_CODES = [
  'required',
  'not_a_field',
  'wrong_type',
  'not_one_of',
  'not_id',
  'too_long',
  'too_many',
  'at_most',
  'at_least',
  'whole_number',
  'date_format',
  'date_range',
  'hs_code',
  'listed_twice',
  'not_party',
  'same_parties',
  'third_party_is_side',
  'submitter_required',
  'submission_no_complainant',
  'submission_no_third_parties',
  'submitter_only_submission',
  'step_not_of_kind',
  'kind_has_other_steps',
  'agreed_date_or_days',
  'not_agreeable',
  'no_such_limit',
  'limit_not_running',
  'before_counted_from',
  // Meetings (issue 8): a body of another agreement, a last day before the
  // first, a delegation that is both or neither a Party and an organization,
  // a linked case that is not there or belongs to another agreement.
  'not_body',
  'ends_before_starts',
  'one_delegation',
  'no_such_case',
  'case_other_agreement',
  // Free text that cannot be stored as written (shared/api/freeText.ts).
  'control_character',
  'bidi_control',
  'lone_surrogate',
  'invisible_only',
  'not_text',
  'starts_with_mark',
  'invalid',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export type ErrorParams = Readonly<Record<string, string | number>>;

export type FieldError = Readonly<{ code: FieldErrorCode; params?: ErrorParams; message: string }>;

/** Field path ("hsCodes.1", "complainant", "(root)") → what is wrong with it. */
export type FieldErrors = Readonly<Record<string, FieldError>>;

export type ApiError = Readonly<{
  code: ErrorCode;
  reason: ErrorReason;
  params?: ErrorParams;
  message: string;
  fields?: FieldErrors;
  /** On a `stale_version` conflict: the record as it is stored now, to show beside the caller's change. */
  current?: unknown;
}>;

export type ApiResponse<R> = Readonly<{ ok: true; result: R }> | Readonly<{ ok: false; error: ApiError }>;

export function isFieldErrorCode(value: string): value is FieldErrorCode {
  return (FIELD_ERROR_CODES as readonly string[]).includes(value);
}
