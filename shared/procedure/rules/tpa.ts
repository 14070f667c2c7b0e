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
import { nonImplementationRules } from './nonImplementation';

export type TpaAgreement = 'us-colombia-tpa' | 'us-peru-tpa';

export function tpaRules(agreement: TpaAgreement): readonly ProcedureRule[] {
  const A = CITATION_PREFIX[agreement];
  const base = { agreement, track: 'dispute' } as const;
  const id = (step: string): string => `${agreement}.${step}`;
  // "a Party that participated at a meeting of the Commission or requested a
  // meeting of the Commission, if the Commission has not convened" (Art. 21.6.1).
  const commissionRequested: RuleCondition = {
    anyOf: ['commission_meeting_requested', 'commission_convened'],
    // In this round: a request from before the consultations were requested does not count.
    since: 'consultations_requested',
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
      stopsSameDay: true,
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
    // Art. 21.16: wherever the panel found a breach (the TPAs have no
    // counterpart of CAFTA-DR Art. 20.17).
    ...nonImplementationRules(agreement),
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
