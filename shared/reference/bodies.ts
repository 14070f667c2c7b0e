// Helpers for writing treaty bodies (domain-facts §3). Kept apart from the
// per-agreement lists so every list reads as plain data.
import type { TreatyBody } from '../agreements/info';
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

/**
 * Names of the bodies that CAFTA-DR and the TPAs both establish under the same
 * name, written once so the two lists cannot drift apart (only the article
 * and notes differ). Spanish names are working translations for the UI.
 */
const SHARED_BODY_NAMES = {
  'ftc': { en: 'Free Trade Commission', es: 'Comisión de Libre Comercio' },
  'tcb-committee': { en: 'Committee on Trade Capacity Building', es: 'Comité de Creación de Capacidades Comerciales' },
  'goods-committee': { en: 'Committee on Trade in Goods', es: 'Comité de Comercio de Mercancías' },
  'agricultural-trade-committee': { en: 'Committee on Agricultural Trade', es: 'Comité de Comercio Agrícola' },
  'tbt-committee': { en: 'Committee on Technical Barriers to Trade', es: 'Comité de Obstáculos Técnicos al Comercio' },
  'financial-services-committee': { en: 'Financial Services Committee', es: 'Comité de Servicios Financieros' },
  'labor-affairs-council': { en: 'Labor Affairs Council', es: 'Consejo de Asuntos Laborales' },
  'labor-cooperation-mechanism': { en: 'Labor Cooperation and Capacity Building Mechanism', es: 'Mecanismo de Cooperación Laboral y Desarrollo de Capacidades' },
  'environmental-affairs-council': { en: 'Environmental Affairs Council', es: 'Consejo de Asuntos Ambientales' },
  'environmental-cooperation-commission': { en: 'Environmental Cooperation Commission', es: 'Comisión de Cooperación Ambiental' },
} as const satisfies Record<string, Localized>;

export type SharedBodyId = keyof typeof SHARED_BODY_NAMES;

/** A verified body that the agreements share by name. */
export function namedBody(id: SharedBodyId, article: string, note: Localized | null = null): TreatyBody {
  return body(id, SHARED_BODY_NAMES[id], article, note);
}

/** An unverified body that the agreements share by name. */
export function namedUnverifiedBody(id: SharedBodyId, note: Localized): TreatyBody {
  return unverifiedBody(id, SHARED_BODY_NAMES[id], note);
}
