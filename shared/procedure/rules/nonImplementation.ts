// Non-implementation of a final report: compensation, suspension of benefits,
// the reconvened panel and the monetary assessment instead of suspension.
// CAFTA-DR Art. 20.16 and TPA Art. 21.16 are the same text paragraph for
// paragraph (domain-facts §4 rows 10–10c and §5b), so one table serves all
// three agreements with each one's citations. Scope 'other_breach': CAFTA-DR
// Art. 20.16.9 excludes the matters of Art. 20.17 (caftaDr.ts), and in the
// TPAs every breach comes here (remedies.ts).
//
// Order matters: a rule counted from, barred or lifted by another comes after it.
import type { AgreementId } from '../../domain/agreements';
import type { Localized } from '../../domain/limits';
import { defineRule, type ProcedureRule } from '../ruleTypes';
import { CITATION_PREFIX } from './citations';

/** The chapter whose Art. N.16 holds these rules: 20 in CAFTA-DR, 21 in the TPAs. */
const CHAPTER: Readonly<Record<AgreementId, string>> = { 'cafta-dr': '20', 'us-colombia-tpa': '21', 'us-peru-tpa': '21' };

/**
 * What the compensation note adds for an agreement: the TPAs say remedies are
 * temporary (Art. 21.16.9); CAFTA-DR Art. 20.16.9 says something else (see above).
 */
const COMPENSATION_EXTRA: Readonly<Record<AgreementId, Localized>> = {
  'cafta-dr': { en: ' Not for matters of Art. 20.17.1 (Art. 20.16.9).', es: ' No para los asuntos del art. 20.17.1 (art. 20.16.9).' },
  'us-colombia-tpa': { en: ' Remedies are temporary (Art. 21.16.9).', es: ' Las medidas son temporales (art. 21.16.9).' },
  'us-peru-tpa': { en: ' Remedies are temporary (Art. 21.16.9).', es: ' Las medidas son temporales (art. 21.16.9).' },
};

export function nonImplementationRules(agreement: AgreementId): readonly ProcedureRule[] {
  const C = CHAPTER[agreement];
  const P = `${CITATION_PREFIX[agreement]} ${C}.16`;
  const extra = COMPENSATION_EXTRA[agreement];
  const base = { agreement, track: 'dispute', scope: 'other_breach' } as const;
  const id = (step: string): string => `${agreement}.${step}`;
  return [
    defineRule({
      ...base,
      id: id('compensation'),
      title: { en: 'Compensation negotiations may be requested', es: 'Puede pedirse la negociación de compensación' },
      article: `${P}.1`,
      kind: 'opening',
      days: 45,
      dayAfter: true,
      from: 'final_report_issued',
      metBy: ['compensation_negotiations_started'],
      stopsOn: ['suspension_notified'],
      // Talks that start earlier by agreement are no fault.
      earlyAllowed: true,
      agreeable: true,
      note: {
        en: `If no resolution is agreed within 45 days of receiving the final report, or such other period as the disputing Parties agree, the Party complained against enters into compensation negotiations if requested. The period for developing compensation begins on this date, whenever talks actually start.${extra.en}`,
        es: `Si no se acuerda una solución dentro de 45 días de recibido el informe final, u otro plazo que acuerden las Partes contendientes, la Parte demandada entra en negociaciones de compensación si se le solicita. El plazo para desarrollar la compensación comienza en esta fecha, sea cual sea el día en que empiecen las conversaciones.${extra.es}`,
      },
    }),
    defineRule({
      ...base,
      id: id('suspension-notice'),
      title: { en: 'Notice of suspension of benefits may be given', es: 'Puede notificarse la suspensión de beneficios' },
      article: `${P}.2(a)`,
      kind: 'opening',
      days: 30,
      dayAfter: true,
      // "30 days after the period for developing such compensation has begun".
      from: { limit: 'compensation', onlyIfUnmet: false },
      metBy: ['suspension_notified'],
      note: {
        en: `If compensation is not agreed within 30 days after the period for developing it began. Notice may also be given at any time if an agreed compensation or resolution is not observed (Art. ${C}.16.2(b)).`,
        es: `Si no se acuerda la compensación dentro de 30 días desde que comenzó el plazo para desarrollarla. También puede notificarse en cualquier momento si no se cumple una compensación o solución acordada (art. ${C}.16.2(b)).`,
      },
    }),
    defineRule({
      ...base,
      id: id('reconvene-request'),
      title: { en: 'Party complained against may ask the panel to reconvene', es: 'La Parte demandada puede pedir que el grupo arbitral se reúna de nuevo' },
      article: `${P}.3`,
      kind: 'deadline',
      days: 30,
      from: 'suspension_notified',
      metBy: ['panel_reconvene_requested'],
      window: true,
      note: {
        en: 'Within 30 days after the notice, if it considers (a) the proposed level manifestly excessive or (b) that it has eliminated the non-conformity.',
        es: 'Dentro de 30 días de la notificación, si considera (a) el nivel propuesto manifiestamente excesivo o (b) que ha eliminado el incumplimiento.',
      },
    }),
    defineRule({
      ...base,
      id: id('reconvened-determination'),
      title: { en: 'Reconvened panel presents its determination', es: 'El grupo arbitral reunido de nuevo presenta su determinación' },
      article: `${P}.3`,
      kind: 'deadline',
      days: 90,
      from: 'panel_reconvened',
      metBy: ['reconvened_panel_determination'],
      grounds: { both: 120, unknown: 90 },
      note: {
        en: 'Within 90 days after the panel reconvenes on one ground, or 120 days on both (a) and (b). Record the grounds on the case.',
        es: 'Dentro de 90 días de reunido de nuevo por un motivo, o 120 días si se invocan (a) y (b). Registre los motivos en el caso.',
      },
    }),
    defineRule({
      ...base,
      id: id('assessment-notice'),
      title: { en: 'Notice of paying a monetary assessment instead', es: 'Notificación de pagar una contribución monetaria en su lugar' },
      article: `${P}.6`,
      kind: 'deadline',
      days: 30,
      from: 'suspension_notified',
      metBy: ['monetary_assessment_notified'],
      // Once the panel is reconvened the period runs from its determination instead.
      stopsOn: ['panel_reconvened'],
      window: true,
      note: {
        en: 'Benefits may not be suspended if, within 30 days after the notice of intent to suspend, the Party complained against gives written notice that it will pay an annual monetary assessment.',
        es: 'No pueden suspenderse beneficios si, dentro de 30 días de la notificación de suspensión, la Parte demandada notifica por escrito que pagará una contribución monetaria anual.',
      },
    }),
    defineRule({
      ...base,
      id: id('assessment-notice-after-determination'),
      title: { en: 'Notice of paying a monetary assessment instead', es: 'Notificación de pagar una contribución monetaria en su lugar' },
      article: `${P}.6`,
      kind: 'deadline',
      days: 20,
      from: 'reconvened_panel_determination',
      metBy: ['monetary_assessment_notified'],
      // A notice given while the panel was reconvened, before its determination, is in time too.
      metSince: 'suspension_notified',
      window: true,
      note: {
        en: 'Where the panel was reconvened: within 20 days after it provides its determination.',
        es: 'Si el grupo arbitral se reunió de nuevo: dentro de 20 días de presentada su determinación.',
      },
    }),
      defineRule({
      ...base,
      id: id('assessment-consultations'),
      title: { en: 'Consultations on the amount of the assessment begin', es: 'Inicio de consultas sobre el monto de la contribución' },
      article: `${P}.6`,
      kind: 'deadline',
      days: 10,
      from: 'monetary_assessment_notified',
      metBy: ['assessment_consultations_held'],
      note: {
        en: 'Beginning no later than 10 days after the Party complained against gives notice.',
        es: 'A más tardar 10 días después de la notificación de la Parte demandada.',
      },
    }),
    defineRule({
      ...base,
      id: id('assessment-amount'),
      title: { en: 'Amount of the assessment agreed', es: 'Acuerdo sobre el monto de la contribución' },
      article: `${P}.6`,
      kind: 'deadline',
      days: 30,
      from: 'assessment_consultations_held',
      metBy: ['assessment_agreed'],
      window: true,
      note: {
        en: `Failing agreement within 30 days after consultations begin, the amount is set by the rule of Art. ${C}.16.6 (50 percent of a base the paragraph defines).`,
        es: `Sin acuerdo dentro de 30 días de iniciadas las consultas, el monto se fija según el art. ${C}.16.6 (50 por ciento de la base que define el párrafo).`,
      },
    }),
    defineRule({
      ...base,
      id: id('assessment-installments'),
      title: { en: 'First quarterly installment of the assessment', es: 'Primera cuota trimestral de la contribución' },
      article: `${P}.7`,
      kind: 'deadline',
      days: 60,
      from: 'monetary_assessment_notified',
      metBy: ['assessment_paid'],
      note: {
        en: 'Paid in equal quarterly installments beginning 60 days after the Party complained against gives notice that it intends to pay.',
        es: 'Se paga en cuotas trimestrales iguales a partir de 60 días después de la notificación de la Parte demandada de que pagará.',
      },
    }),
    defineRule({
      ...base,
      id: id('suspension-on-nonpayment'),
      title: { en: 'Suspension may begin for non-payment of the assessment', es: 'Puede suspenderse por falta de pago de la contribución' },
      article: `${P}.8`,
      kind: 'opening',
      days: 0,
      dayAfter: true,
      from: { limit: 'assessment-installments', onlyIfUnmet: true },
      metBy: ['benefits_suspended'],
      stopsOn: ['assessment_paid'],
      note: {
        en: `Only if the Party complained against fails to pay: the complaining Party may then suspend benefits under Art. ${C}.16.4. A recorded payment closes this; a later missed installment opens it again.`,
        es: `Solo si la Parte demandada no paga: la Parte reclamante puede entonces suspender beneficios conforme al art. ${C}.16.4. Un pago registrado cierra esta posibilidad; una cuota posterior impaga la abre de nuevo.`,
      },
    }),
  defineRule({
      ...base,
      id: id('suspension-effect'),
      title: { en: 'Suspension of benefits may begin', es: 'Puede comenzar la suspensión de beneficios' },
      article: `${P}.2`,
      kind: 'opening',
      days: 30,
      // While a timely request to reconvene awaits the determination, the later date is not known.
      from: { laterOf: ['suspension_notified', 'reconvened_panel_determination'], awaits: { limit: 'reconvene-request', result: 'reconvened_panel_determination' } },
      metBy: ['benefits_suspended'],
      barredBy: ['assessment-notice', 'assessment-notice-after-determination'],
      // On non-payment the complaining Party may suspend after all (Art. N.16.8).
      liftedBy: ['suspension-on-nonpayment'],
      // After a first installment paid on time, a later one may be unpaid: the user checks.
      unverifiableAfter: 'assessment-installments',
      note: {
        en: `30 days after the later of the notice and the reconvened panel’s determination (Art. ${C}.16.3). Barred if the Party complained against gave timely notice that it will pay an annual monetary assessment (Art. ${C}.16.6).`,
        es: `30 días después de la notificación o de la determinación del grupo arbitral reunido de nuevo (art. ${C}.16.3), lo que ocurra después. Excluida si la Parte demandada notificó a tiempo que pagará una contribución monetaria anual (art. ${C}.16.6).`,
      },
    }),
  ];
}
