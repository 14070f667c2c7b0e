// How each agreement is cited before an article number, in the English short
// names the rules use (the renderer swaps in the Spanish ones).
import type { AgreementId } from '../../domain/agreements';

export const CITATION_PREFIX: Readonly<Record<AgreementId, string>> = {
  'cafta-dr': 'CAFTA-DR Art.',
  'us-colombia-tpa': 'US–Colombia TPA Art.',
  'us-peru-tpa': 'US–Peru TPA Art.',
};
