// CAFTA-DR Art. 20.17, non-implementation in labor and environmental
// enforcement disputes: where the final report found a breach of Art.
// 16.2.1(a) or 17.2.1(a), the panel may be reconvened to impose an annual
// monetary assessment, and Art. 20.16 does not apply (Art. 20.16.9).
// The TPAs have no counterpart. Source: domain-facts §4 row 10d and §5b.
import { defineRule, type ProcedureRule } from '../ruleTypes';
import { CITATION_PREFIX } from './citations';

const A = CITATION_PREFIX['cafta-dr'];
const base = { agreement: 'cafta-dr', track: 'dispute' } as const;

export const ENFORCEMENT_RULES: readonly ProcedureRule[] = [
  defineRule({
    ...base,
    id: 'cafta-dr.enforcement-assessment',
    title: { en: 'Panel may be asked to impose a monetary assessment', es: 'Puede pedirse al grupo arbitral una contribución monetaria' },
    article: `${A} 20.17.1(a)`,
    kind: 'opening',
    days: 45,
    dayAfter: true,
    from: 'final_report_issued',
    metBy: ['panel_reconvene_requested'],
    scope: 'enforcement_breach',
    note: {
      en: 'The panel found a breach of Art. 16.2.1(a) or 17.2.1(a): without a resolution within 45 days of receiving the final report, the complaining Party may ask the panel to reconvene. Also at any time if an agreed resolution is not observed (Art. 20.17.1(b)).',
      es: 'El grupo arbitral determinó un incumplimiento de los arts. 16.2.1(a) o 17.2.1(a): sin solución dentro de 45 días de recibido el informe final, la Parte reclamante puede pedir que se reúna de nuevo. También en cualquier momento si no se cumple una solución acordada (art. 20.17.1(b)).',
    },
  }),
  defineRule({
    ...base,
    id: 'cafta-dr.enforcement-assessment-amount',
    title: { en: 'Panel determines the annual monetary assessment', es: 'El grupo arbitral fija la contribución monetaria anual' },
    article: `${A} 20.17.2`,
    kind: 'deadline',
    days: 90,
    from: 'panel_reconvened',
    metBy: ['reconvened_panel_determination'],
    scope: 'enforcement_breach',
    note: {
      en: 'Within 90 days after it reconvenes, in US dollars, capped at US$15 million a year adjusted for inflation (Annex 20.17, text not verified).',
      es: 'Dentro de 90 días de reunido de nuevo, en dólares de EE. UU., hasta US$15 millones al año ajustados por inflación (anexo 20.17, texto no verificado).',
    },
  }),
  defineRule({
    ...base,
    id: 'cafta-dr.enforcement-assessment-installments',
    title: { en: 'First quarterly installment of the assessment', es: 'Primera cuota trimestral de la contribución' },
    article: `${A} 20.17.3`,
    kind: 'deadline',
    days: 60,
    from: 'assessment_payment_demanded',
    metBy: ['assessment_paid'],
    scope: 'enforcement_breach',
    note: {
      en: 'Paid in equal quarterly installments beginning 60 days after the complaining Party demands payment, into a fund for labor or environmental initiatives in the territory of the Party complained against.',
      es: 'Se paga en cuotas trimestrales iguales a partir de 60 días después de que la Parte reclamante exige el pago, a un fondo para iniciativas laborales o ambientales en el territorio de la Parte demandada.',
    },
  }),
];
