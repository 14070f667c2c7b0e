// US–Colombia and US–Peru TPA time limits: Chapter 21 (Dispute Settlement),
// Art. 17.7 (Cooperative Labor Consultations) and Art. 18.12 (Environmental
// Consultations and Panel Procedure). The two texts are identical here
// (domain-facts §0), so one set of rules serves both; ids and citations name
// each agreement. Source: domain-facts §4, §5 and §5b, checked against ToTA
// pta_156. Submissions on environmental enforcement matters (Art. 18.8–18.9)
// are in submissions.ts.
//
// Counting (ruleTypes.ts, dayAfter): "within N days" falls on X + N; a step
// allowed once the Parties "fail … within N days" opens on X + N + 1.
//
// Not here:
// - The third-Party windows (Art. 21.4.3 joining consultations, 21.6.3 joining
//   as complaining Party): a TPA has two Parties, so they cannot operate
//   unless another Party accedes (Art. 23.5; domain-facts §5b).
// - The TBT Committee's 60-day effort (Art. 7.7.3) is an undertaking to "make
//   every effort", not a date by which anything must or may happen; once the
//   Parties have consulted under Art. 7.7 those consultations count as Art.
//   21.4 consultations (Art. 7.7.4), which a consultations_requested event
//   records.
// - Steps timed only as "promptly" (17.7.2, 17.7.4–5, 18.12.2, 18.12.4–5).
//
// Order matters: a rule counted from another limit comes after it.
import { defineRule, type ProcedureRule, type RuleCondition } from '../ruleTypes';
import { CITATION_PREFIX } from './citations';

export type TpaAgreement = 'us-colombia-tpa' | 'us-peru-tpa';

export function tpaRules(agreement: TpaAgreement): readonly ProcedureRule[] {
  const A = CITATION_PREFIX[agreement];
  const base = { agreement, track: 'dispute' } as const;
  const id = (step: string): string => `${agreement}.${step}`;
  // "a Party that participated at a meeting of the Commission or requested a
  // meeting of the Commission, if the Commission has not convened" (Art. 21.6.1).
  const commissionRequested: RuleCondition = {
    anyOf: ['commission_meeting_requested', 'commission_convened'],
    article: `${A} 21.6.1`,
    until: {
      en: 'A panel cannot be requested until a Commission meeting has been requested: only a Party that took part in or requested a Commission meeting under Art. 21.5 may request a panel (Art. 21.6.1).',
      es: 'No puede solicitarse un grupo arbitral hasta que se haya solicitado una reunión de la Comisión: solo una Parte que participó en una reunión de la Comisión o la solicitó conforme al art. 21.5 puede solicitar el grupo (art. 21.6.1).',
    },
  };
  return [
    defineRule({
      ...base,
      id: id('labor-to-dispute'),
      track: 'labor',
      title: { en: 'Chapter 21 consultations or a Commission meeting may be requested', es: 'Pueden solicitarse consultas del capítulo 21 o una reunión de la Comisión' },
      article: `${A} 17.7.6`,
      kind: 'opening',
      days: 60,
      dayAfter: true,
      from: 'labor_consultations_requested',
      metBy: ['consultations_requested', 'commission_meeting_requested'],
      note: {
        en: 'If the labor consultations fail to resolve the matter within 60 days of delivery of the request. For any Chapter 17 matter, after first seeking to resolve it under Art. 17.7 (Art. 17.7.7). The Labor Affairs Council convenes on request (Art. 17.7.4–5) with no fixed period.',
        es: 'Si las consultas laborales no resuelven el asunto dentro de 60 días de entregada la solicitud. Para cualquier asunto del capítulo 17, tras intentar resolverlo conforme al art. 17.7 (art. 17.7.7). El Consejo de Asuntos Laborales se reúne a solicitud (arts. 17.7.4–5) sin plazo fijo.',
      },
    }),
  defineRule({
      ...base,
      id: id('environment-to-dispute'),
      track: 'environment',
      title: { en: 'Chapter 21 consultations or a Commission meeting may be requested', es: 'Pueden solicitarse consultas del capítulo 21 o una reunión de la Comisión' },
      article: `${A} 18.12.6`,
      kind: 'opening',
      days: 60,
      dayAfter: true,
      from: 'environment_consultations_requested',
      metBy: ['consultations_requested', 'commission_meeting_requested'],
      note: {
        en: 'If the environmental consultations fail to resolve the matter within 60 days of delivery of the request. For any Chapter 18 matter (Art. 18.12.6–7). The Environmental Affairs Council convenes "promptly" (Art. 18.12.4–5): no computable date.',
        es: 'Si las consultas ambientales no resuelven el asunto dentro de 60 días de entregada la solicitud. Para cualquier asunto del capítulo 18 (arts. 18.12.6–7). El Consejo de Asuntos Ambientales se reúne "con prontitud" (arts. 18.12.4–5): sin fecha calculable.',
      },
    }),
  defineRule({
      ...base,
      id: id('commission-request'),
      title: { en: 'A Commission meeting may be requested', es: 'Puede solicitarse una reunión de la Comisión' },
      article: `${A} 21.5.1(a)`,
      kind: 'opening',
      days: 60,
      dayAfter: true,
      from: 'consultations_requested',
      metBy: ['commission_meeting_requested'],
      stopsOn: ['commission_convened', 'panel_requested'],
      perishable: { mode: 'replaces', days: 15, article: `${A} 21.5.1(b)` },
      agreeable: true,
      // Or after labor or environmental consultations (Art. 21.5.2).
      alsoPermittedBy: ['labor-to-dispute', 'environment-to-dispute'],
      note: {
        en: 'If the consultations fail to resolve the matter within 60 days of delivery of the request (15 for perishable goods, which the TPA does not define), or such other period as the consulting Parties agree (Art. 21.5.1(c)). A meeting may also be requested after consultations under Art. 17.7, 18.12 or 7.7 (Art. 21.5.2). There is no deadline to begin consultations; the other Party replies "promptly" (Art. 21.4.1).',
        es: 'Si las consultas no resuelven el asunto dentro de 60 días de entregada la solicitud (15 para mercancías perecederas, que el APC no define), u otro plazo que acuerden las Partes consultantes (art. 21.5.1(c)). También puede solicitarse tras consultas conforme a los arts. 17.7, 18.12 o 7.7 (art. 21.5.2). No hay plazo para iniciar las consultas; la otra Parte responde "con prontitud" (art. 21.4.1).',
      },
    }),
    defineRule({
      ...base,
      id: id('commission-convenes'),
      title: { en: 'The Commission convenes', es: 'La Comisión se reúne' },
      article: `${A} 21.5.4`,
      kind: 'deadline',
      days: 10,
      from: 'commission_meeting_requested',
      metBy: ['commission_convened'],
      stopsOn: ['panel_requested'],
      note: {
        en: 'Within 10 days of delivery of the request, unless the Commission decides otherwise. It may meet by technological means (Art. 21.5.6).',
        es: 'Dentro de 10 días de entregada la solicitud, salvo que la Comisión decida otra cosa. Puede reunirse por medios tecnológicos (art. 21.5.6).',
      },
    }),
    defineRule({
      ...base,
      id: id('panel-request-after-commission'),
      title: { en: 'A panel may be requested (Commission has met)', es: 'Puede solicitarse un grupo arbitral (la Comisión se reunió)' },
      article: `${A} 21.6.1(a)`,
      kind: 'opening',
      days: 30,
      dayAfter: true,
      // Latest meeting: with consolidated proceedings the 30 days run from the
      // meeting on the matter most recently referred (Art. 21.6.1(b)).
      from: 'commission_convened',
      metBy: ['panel_requested'],
      condition: commissionRequested,
      agreeable: true,
      note: {
        en: 'If the matter is not resolved within 30 days after the Commission convened, or such other period as the consulting Parties agree (Art. 21.6.1(e)). Any consulting Party that took part in or requested the Commission meeting may request a panel (Art. 21.6.1); the panel is established on delivery of the request (Art. 21.6.2).',
        es: 'Si el asunto no se resuelve dentro de 30 días desde que se reunió la Comisión, u otro plazo que acuerden las Partes consultantes (art. 21.6.1(e)). Cualquier Parte consultante que participó en la reunión de la Comisión o la solicitó puede solicitar el grupo arbitral (art. 21.6.1); este se establece al entregarse la solicitud (art. 21.6.2).',
      },
    }),
    defineRule({
      ...base,
      id: id('panel-request-without-commission'),
      title: { en: 'A panel may be requested (Commission has not met)', es: 'Puede solicitarse un grupo arbitral (la Comisión no se ha reunido)' },
      article: `${A} 21.6.1(d)`,
      kind: 'opening',
      days: 75,
      dayAfter: true,
      from: 'consultations_requested',
      metBy: ['panel_requested'],
      // Both subparagraphs apply only "if the Commission has not convened".
      stopsOn: ['commission_convened'],
      perishable: { mode: 'replaces', days: 30, article: `${A} 21.6.1(c)` },
      condition: commissionRequested,
      agreeable: true,
      note: {
        en: 'If the matter is not resolved within 75 days after delivery of the consultations request (30 for perishable goods) and the Commission has not convened, or such other period as the consulting Parties agree (Art. 21.6.1(e)). Only a Party that requested a Commission meeting may request a panel (Art. 21.6.1).',
        es: 'Si el asunto no se resuelve dentro de 75 días de entregada la solicitud de consultas (30 para mercancías perecederas) y la Comisión no se ha reunido, u otro plazo que acuerden las Partes consultantes (art. 21.6.1(e)). Solo una Parte que solicitó una reunión de la Comisión puede solicitar el grupo arbitral (art. 21.6.1).',
      },
    }),
    defineRule({
      ...base,
      id: id('panelists'),
      title: { en: 'Each side appoints its panelist', es: 'Cada lado designa a su panelista' },
      article: `${A} 21.9.1(b)`,
      kind: 'deadline',
      days: 15,
      from: 'panel_requested',
      // Two panelists besides the chair (Art. 21.9.1(a): three members).
      metBy: [{ type: 'panelist_appointed', nth: 2 }, 'panel_composed'],
      stopsOn: ['panelist_selected_by_lot'],
      // A side that fails to appoint has its panelist drawn by lot.
      window: true,
      note: {
        en: 'The TPAs select the two panelists first, within 15 days of delivery of the panel request. A side that fails to appoint gets a panelist chosen by lot from the indicative roster within 3 days after this period. In labor and environment disputes, panelists not chosen by lot need relevant expertise (Art. 21.9.1(d)).',
        es: 'En los APC se eligen primero los dos panelistas, dentro de 15 días de entregada la solicitud de grupo arbitral. Si un lado no designa, su panelista se elige por sorteo de la lista indicativa dentro de 3 días después de este plazo. En controversias laborales y ambientales, los panelistas no sorteados deben tener experiencia en la materia (art. 21.9.1(d)).',
      },
    }),
    defineRule({
      ...base,
      id: id('panelists-by-lot'),
      title: { en: 'Missing panelist selected by lot', es: 'Panelista faltante elegido por sorteo' },
      article: `${A} 21.9.1(b)`,
      kind: 'deadline',
      days: 3,
      // "after expiration of this 15-day period": a draw before it is premature.
      notBeforeBase: true,
      from: { limit: 'panelists', onlyIfUnmet: true },
      metBy: ['panelist_selected_by_lot', 'panel_composed'],
      // A second panelist appointed late leaves nothing to draw.
      stopsOn: [{ type: 'panelist_appointed', nth: 2 }],
      note: {
        en: '"Within 3 days after expiration of this 15-day period", from the indicative roster (Art. 21.7). Applies only if a side did not appoint in time.',
        es: '"Dentro de 3 días después del vencimiento de este plazo de 15 días", de la lista indicativa (art. 21.7). Solo si un lado no designó a tiempo.',
      },
    }),
    defineRule({
      ...base,
      id: id('panel-chair'),
      title: { en: 'The disputing Parties endeavor to agree on the chair', es: 'Las Partes contendientes procuran acordar el presidente' },
      article: `${A} 21.9.1(c)`,
      kind: 'deadline',
      days: 15,
      // The treaty counts from "the date the second panelist has been
      // appointed or selected", not from the latest appointment (a later
      // replacement under Art. 21.9.2 does not restart it).
      from: { type: ['panelist_appointed', 'panelist_selected_by_lot'], nth: 2 },
      metBy: ['panel_chair_selected', 'panel_composed'],
      stopsOn: ['panel_chair_selected_by_lot'],
      window: true,
      note: {
        en: 'Within 15 days of the appointment or selection of the second panelist. Failing agreement, the chair is chosen by lot within 3 days after this period from roster members who are not nationals of the disputing Parties.',
        es: 'Dentro de 15 días de la designación o selección del segundo panelista. Sin acuerdo, el presidente se elige por sorteo dentro de 3 días después de este plazo entre los miembros de la lista que no sean nacionales de las Partes contendientes.',
      },
    }),
    defineRule({
      ...base,
      id: id('panel-chair-by-lot'),
      title: { en: 'Chair selected by lot', es: 'Presidente elegido por sorteo' },
      article: `${A} 21.9.1(c)`,
      kind: 'deadline',
      days: 3,
      // "after expiration of this 15-day period": a draw before it is premature.
      notBeforeBase: true,
      from: { limit: 'panel-chair', onlyIfUnmet: true },
      metBy: ['panel_chair_selected_by_lot', 'panel_composed'],
      stopsOn: ['panel_chair_selected'],
      note: {
        en: '"Within 3 days after expiration of this 15-day period", from roster members who are not nationals of the disputing Parties. Applies only if the Parties did not agree on the chair in time.',
        es: '"Dentro de 3 días después del vencimiento de este plazo de 15 días", entre los miembros de la lista que no sean nacionales de las Partes contendientes. Solo si las Partes no acordaron el presidente a tiempo.',
      },
    }),
    defineRule({
      ...base,
      id: id('terms-of-reference'),
      title: { en: 'Other terms of reference may be agreed', es: 'Puede acordarse otro mandato' },
      article: `${A} 21.10.4`,
      kind: 'deadline',
      days: 20,
      from: 'panel_requested',
      metBy: [],
      stopsOn: ['initial_report_issued'],
      window: true,
      agreeable: true,
      note: {
        en: 'Unless the disputing Parties agree otherwise within 20 days of delivery of the panel request, the standard terms of reference of Art. 21.10.4 apply.',
        es: 'Salvo que las Partes contendientes acuerden otra cosa dentro de 20 días de entregada la solicitud de grupo arbitral, se aplica el mandato estándar del art. 21.10.4.',
      },
    }),
    defineRule({
      ...base,
      id: id('initial-report'),
      title: { en: 'Initial report presented', es: 'Presentación del informe inicial' },
      article: `${A} 21.13.3`,
      kind: 'deadline',
      days: 120,
      // "after the last panelist is selected": recorded as the panel being composed.
      from: 'panel_composed',
      metBy: ['initial_report_issued'],
      agreeable: true,
      note: {
        en: 'Within 120 days after the last panelist is selected, unless the disputing Parties agree otherwise. No outer limit like CAFTA-DR Art. 20.13.4.',
        es: 'Dentro de 120 días después de seleccionado el último panelista, salvo que las Partes contendientes acuerden otra cosa. Sin plazo máximo como el del art. 20.13.4 del CAFTA-DR.',
      },
    }),
    defineRule({
      ...base,
      id: id('initial-report-comments'),
      title: { en: 'Comments or requests for clarification on the initial report', es: 'Observaciones o solicitudes de aclaración sobre el informe inicial' },
      article: `${A} 21.13.5`,
      kind: 'deadline',
      days: 14,
      from: 'initial_report_issued',
      metBy: ['initial_report_comments'],
      stopsOn: ['final_report_issued'],
      window: true,
      agreeable: true,
      note: {
        en: 'Within 14 days of the presentation of the initial report, or such other period as the disputing Parties agree.',
        es: 'Dentro de 14 días de presentado el informe inicial, u otro plazo que acuerden las Partes contendientes.',
      },
    }),
    defineRule({
      ...base,
      id: id('final-report'),
      title: { en: 'Final report presented', es: 'Presentación del informe final' },
      article: `${A} 21.14.1`,
      kind: 'deadline',
      days: 30,
      from: 'initial_report_issued',
      metBy: ['final_report_issued'],
      agreeable: true,
      note: {
        en: 'Within 30 days of the presentation of the initial report, unless the disputing Parties agree otherwise.',
        es: 'Dentro de 30 días de presentado el informe inicial, salvo que las Partes contendientes acuerden otra cosa.',
      },
    }),
    defineRule({
      ...base,
      id: id('final-report-publication'),
      title: { en: 'Final report made public', es: 'Publicación del informe final' },
      article: `${A} 21.14.1`,
      kind: 'deadline',
      days: 15,
      from: 'final_report_issued',
      metBy: ['final_report_published'],
      note: { en: 'Within 15 days after it is presented, subject to the protection of confidential information.', es: 'Dentro de 15 días de presentado, sujeto a la protección de la información confidencial.' },
    }),
    // Art. 21.16: remedies wherever the panel found a breach (the TPAs have no
    // counterpart of CAFTA-DR Art. 20.17).
    defineRule({
      ...base,
      id: id('compensation'),
      title: { en: 'Compensation negotiations may be requested', es: 'Puede pedirse la negociación de compensación' },
      article: `${A} 21.16.1`,
      kind: 'opening',
      days: 45,
      dayAfter: true,
      from: 'final_report_issued',
      metBy: ['compensation_negotiations_started'],
      stopsOn: ['suspension_notified'],
      // Talks that start earlier by agreement are no fault.
      earlyAllowed: true,
      scope: 'other_breach',
      agreeable: true,
      note: {
        en: 'If no resolution is agreed within 45 days of receiving the final report, or such other period as the disputing Parties agree, the Party complained against enters into compensation negotiations if requested. The period for developing compensation begins on this date, whenever talks actually start. Remedies are temporary (Art. 21.16.9).',
        es: 'Si no se acuerda una solución dentro de 45 días de recibido el informe final, u otro plazo que acuerden las Partes contendientes, la Parte demandada entra en negociaciones de compensación si se le solicita. El plazo para desarrollar la compensación comienza en esta fecha, sea cual sea el día en que empiecen las conversaciones. Las medidas son temporales (art. 21.16.9).',
      },
    }),
    defineRule({
      ...base,
      id: id('suspension-notice'),
      title: { en: 'Notice of suspension of benefits may be given', es: 'Puede notificarse la suspensión de beneficios' },
      article: `${A} 21.16.2(a)`,
      kind: 'opening',
      days: 30,
      dayAfter: true,
      // "30 days after the period for developing such compensation has begun".
      from: { limit: 'compensation', onlyIfUnmet: false },
      metBy: ['suspension_notified'],
      scope: 'other_breach',
      note: {
        en: 'If compensation is not agreed within 30 days after the period for developing it began. Notice may also be given at any time if an agreed compensation or resolution is not observed (Art. 21.16.2(b)).',
        es: 'Si no se acuerda la compensación dentro de 30 días desde que comenzó el plazo para desarrollarla. También puede notificarse en cualquier momento si no se cumple una compensación o solución acordada (art. 21.16.2(b)).',
      },
    }),
    defineRule({
      ...base,
      id: id('reconvene-request'),
      title: { en: 'Party complained against may ask the panel to reconvene', es: 'La Parte demandada puede pedir que el grupo arbitral se reúna de nuevo' },
      article: `${A} 21.16.3`,
      kind: 'deadline',
      days: 30,
      from: 'suspension_notified',
      metBy: ['panel_reconvene_requested'],
      window: true,
      scope: 'other_breach',
      note: {
        en: 'Within 30 days after the notice, if it considers (a) the proposed level manifestly excessive or (b) that it has eliminated the non-conformity.',
        es: 'Dentro de 30 días de la notificación, si considera (a) el nivel propuesto manifiestamente excesivo o (b) que ha eliminado el incumplimiento.',
      },
    }),
    defineRule({
      ...base,
      id: id('reconvened-determination'),
      title: { en: 'Reconvened panel presents its determination', es: 'El grupo arbitral reunido de nuevo presenta su determinación' },
      article: `${A} 21.16.3`,
      kind: 'deadline',
      days: 90,
      from: 'panel_reconvened',
      metBy: ['reconvened_panel_determination'],
      grounds: { both: 120, unknown: 90 },
      scope: 'other_breach',
      note: {
        en: 'Within 90 days after the panel reconvenes on one ground, or 120 days on both (a) and (b). Record the grounds on the case.',
        es: 'Dentro de 90 días de reunido de nuevo por un motivo, o 120 días si se invocan (a) y (b). Registre los motivos en el caso.',
      },
    }),
    defineRule({
      ...base,
      id: id('assessment-notice'),
      title: { en: 'Notice of paying a monetary assessment instead', es: 'Notificación de pagar una contribución monetaria en su lugar' },
      article: `${A} 21.16.6`,
      kind: 'deadline',
      days: 30,
      from: 'suspension_notified',
      metBy: ['monetary_assessment_notified'],
      // Once the panel is reconvened the period runs from its determination instead.
      stopsOn: ['panel_reconvened'],
      window: true,
      scope: 'other_breach',
      note: {
        en: 'Benefits may not be suspended if, within 30 days after the notice of intent to suspend, the Party complained against gives written notice that it will pay an annual monetary assessment.',
        es: 'No pueden suspenderse beneficios si, dentro de 30 días de la notificación de suspensión, la Parte demandada notifica por escrito que pagará una contribución monetaria anual.',
      },
    }),
    defineRule({
      ...base,
      id: id('assessment-notice-after-determination'),
      title: { en: 'Notice of paying a monetary assessment instead', es: 'Notificación de pagar una contribución monetaria en su lugar' },
      article: `${A} 21.16.6`,
      kind: 'deadline',
      days: 20,
      from: 'reconvened_panel_determination',
      metBy: ['monetary_assessment_notified'],
      window: true,
      scope: 'other_breach',
      note: {
        en: 'Where the panel was reconvened: within 20 days after it provides its determination.',
        es: 'Si el grupo arbitral se reunió de nuevo: dentro de 20 días de presentada su determinación.',
      },
    }),
      defineRule({
      ...base,
      id: id('assessment-consultations'),
      title: { en: 'Consultations on the amount of the assessment begin', es: 'Inicio de consultas sobre el monto de la contribución' },
      article: `${A} 21.16.6`,
      kind: 'deadline',
      days: 10,
      from: 'monetary_assessment_notified',
      metBy: ['assessment_consultations_held'],
      scope: 'other_breach',
      note: {
        en: 'Beginning no later than 10 days after the Party complained against gives notice.',
        es: 'A más tardar 10 días después de la notificación de la Parte demandada.',
      },
    }),
    defineRule({
      ...base,
      id: id('assessment-amount'),
      title: { en: 'Amount of the assessment agreed', es: 'Acuerdo sobre el monto de la contribución' },
      article: `${A} 21.16.6`,
      kind: 'deadline',
      days: 30,
      from: 'assessment_consultations_held',
      metBy: ['assessment_agreed'],
      window: true,
      scope: 'other_breach',
      note: {
        en: 'Failing agreement within 30 days after consultations begin, the amount is set by the rule of Art. 21.16.6 (50 percent of a base the paragraph defines).',
        es: 'Sin acuerdo dentro de 30 días de iniciadas las consultas, el monto se fija según el art. 21.16.6 (50 por ciento de la base que define el párrafo).',
      },
    }),
    defineRule({
      ...base,
      id: id('assessment-installments'),
      title: { en: 'First quarterly installment of the assessment', es: 'Primera cuota trimestral de la contribución' },
      article: `${A} 21.16.7`,
      kind: 'deadline',
      days: 60,
      from: 'monetary_assessment_notified',
      metBy: ['assessment_paid'],
      scope: 'other_breach',
      note: {
        en: 'Paid in equal quarterly installments beginning 60 days after the Party complained against gives notice that it intends to pay.',
        es: 'Se paga en cuotas trimestrales iguales a partir de 60 días después de la notificación de la Parte demandada de que pagará.',
      },
    }),
    defineRule({
      ...base,
      id: id('suspension-on-nonpayment'),
      title: { en: 'Suspension may begin for non-payment of the assessment', es: 'Puede suspenderse por falta de pago de la contribución' },
      article: `${A} 21.16.8`,
      kind: 'opening',
      days: 0,
      dayAfter: true,
      from: { limit: 'assessment-installments', onlyIfUnmet: true },
      metBy: ['benefits_suspended'],
      stopsOn: ['assessment_paid'],
      scope: 'other_breach',
      note: {
        en: 'Only if the Party complained against fails to pay: the complaining Party may then suspend benefits under Art. 21.16.4. A recorded payment closes this; a later missed installment opens it again.',
        es: 'Solo si la Parte demandada no paga: la Parte reclamante puede entonces suspender beneficios conforme al art. 21.16.4. Un pago registrado cierra esta posibilidad; una cuota posterior impaga la abre de nuevo.',
      },
    }),
  defineRule({
      ...base,
      id: id('suspension-effect'),
      title: { en: 'Suspension of benefits may begin', es: 'Puede comenzar la suspensión de beneficios' },
      article: `${A} 21.16.2`,
      kind: 'opening',
      days: 30,
      from: { laterOf: ['suspension_notified', 'reconvened_panel_determination'] },
      metBy: ['benefits_suspended'],
      barredBy: ['assessment-notice', 'assessment-notice-after-determination'],
      // On non-payment the complaining Party may suspend after all (Art. 20.16.8 / 21.16.8).
      liftedBy: ['suspension-on-nonpayment'],
      scope: 'other_breach',
      note: {
        en: '30 days after the later of the notice and the reconvened panel’s determination (Art. 21.16.3). Barred if the Party complained against gave timely notice that it will pay an annual monetary assessment (Art. 21.16.6).',
        es: '30 días después de la notificación o de la determinación del grupo arbitral reunido de nuevo (art. 21.16.3), lo que ocurra después. Excluida si la Parte demandada notificó a tiempo que pagará una contribución monetaria anual (art. 21.16.6).',
      },
    }),
    defineRule({
      ...base,
      id: id('compliance-report'),
      title: { en: 'Compliance review report', es: 'Informe de revisión del cumplimiento' },
      article: `${A} 21.17.1`,
      kind: 'deadline',
      days: 90,
      from: 'compliance_review_requested',
      metBy: ['compliance_report_issued'],
      note: {
        en: 'Counted from the written notice by which the Party complained against refers the matter to the panel.',
        es: 'Se cuenta desde la notificación escrita con la que la Parte demandada somete el asunto al grupo arbitral.',
      },
    }),
      ];
}
