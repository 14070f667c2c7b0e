// A case's reference for the tab title ("Case CAFTA-2026-001 — Commission
// Desk"), by id. A reference never changes once generated, so each is asked
// for once per session.
import { call } from '../api/client';

const references = new Map<string, string>();

export async function caseReference(id: string): Promise<string | null> {
  const known = references.get(id);
  if (known !== undefined) return known;
  const response = await call('cases.get', { id });
  if (!response.ok) return null;
  references.set(id, response.result.case.reference);
  return response.result.case.reference;
}
