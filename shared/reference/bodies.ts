// Helpers for writing treaty bodies (domain-facts §3). Kept apart from the
// per-agreement lists so every list reads as plain data.
import type { TreatyBody } from '../domain/agreementInfo';
import type { Localized } from '../domain/limits';

/** A body whose establishing provision domain-facts marks [V]. */
export function body(id: string, name: Localized, article: string, note: Localized | null = null): TreatyBody {
  return { id, name, article, verified: true, note };
}

/**
 * A body that exists on the record but whose establishing provision is
 * unverified ([U] in domain-facts), so no article is claimed; the note says
 * what is and is not known, and the UI shows it as unverified.
 */
export function unverifiedBody(id: string, name: Localized, note: Localized): TreatyBody {
  return { id, name, article: null, verified: false, note };
}
