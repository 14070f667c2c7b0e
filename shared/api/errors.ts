export const ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'internal', 'unknown_method'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field path ("hsCodes.1", "complainant") → human-readable message. */
export type FieldErrors = Readonly<Record<string, string>>;

export type ApiError = Readonly<{
  code: ErrorCode;
  message: string;
  fields?: FieldErrors;
}>;

export type ApiResponse<R> = Readonly<{ ok: true; result: R }> | Readonly<{ ok: false; error: ApiError }>;
