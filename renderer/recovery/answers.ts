// What the damage watch (DataGate.tsx) reads in a mutation's data.

/**
 * A mutation's data is usually an API answer (useCommand), but any mutation
 * may keep a plain result: only an answer of the API's shape refused as
 * `corrupt` counts.
 */
export function answeredCorrupt(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || !('ok' in data) || data.ok !== false || !('error' in data)) return false;
  const error = (data as { error: unknown }).error;
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'corrupt';
}
