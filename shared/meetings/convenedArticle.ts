// The article under which a Commission meeting on a dispute is held — the
// Commission's good offices, conciliation and mediation (CAFTA-DR Art. 20.5;
// US–Colombia and US–Peru TPA Art. 21.5). Read from the procedure rules, which
// cite it for the Commission convening (Art. 20.5.4 / 21.5.4), so the meeting
// page cites only its own agreement's article and never one typed by hand.
import type { AgreementId } from '../domain/agreements';
import { rulesFor } from '../procedure/rules/registry';

/**
 * "CAFTA-DR Art. 20.5" for 'cafta-dr'. Every agreement's rules record the
 * Commission convening (its test asks each one), so a missing rule is a
 * programming error, not a state of the data.
 */
export function convenedArticle(agreement: AgreementId): string {
  const rule = rulesFor(agreement).find((candidate) => candidate.kind === 'deadline' && candidate.metBy.includes('commission_convened'));
  // "CAFTA-DR Art. 20.5.4" → "CAFTA-DR Art. 20.5": the whole article, not the paragraph on its 10 days.
  const match = rule === undefined ? null : /^(.* Art\. \d+\.\d+)\.\d/.exec(rule.article);
  if (match === null) throw new Error(`No rule of ${agreement} cites the Commission convening`);
  return match[1]!;
}
