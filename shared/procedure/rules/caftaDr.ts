// CAFTA-DR time limits: Chapter 20 (Dispute Settlement), Art. 16.6 (Cooperative
// Labor Consultations) and Art. 17.10 (Collaborative Environmental Consultations).
// Source: domain-facts §4, §5.1–5.2 and §5b, checked against the ToTA text (pta_23).
// Steps the treaty times only as "promptly" (labor and environmental
// consultations and councils, 16.6.2, 16.6.4–5, 17.10.2, 17.10.4–5) have no
// computable date and so no rule here. Submissions on environmental
// enforcement matters (Art. 17.7–17.8) are in submissions.ts; the passage
// from Art. 16.6 / 17.10 consultations in caftaDrTracks.ts; Art. 20.17 in
// caftaDrEnforcement.ts.
//
// Counting (ruleTypes.ts, dayAfter): "within N days" falls on X + N; a step
// allowed once the Parties "fail … within N days" opens on X + N + 1.
//
// Many steps read like their TPA counterparts in rules/tpa.ts, but the two
// tables are kept whole on purpose: each is reviewed line by line against its
// own treaty text, and the texts differ in numbering, order (panel selection),
// periods (20.13.4, 20.4.4, 20.9.2), conditions (20.6.1) and remedies (20.17),
// so a shared step table would hide exactly the differences a reviewer must see.
// The exception is Art. 20.16 / 21.16, the same text paragraph for paragraph,
// kept once in nonImplementation.ts.
//
// Order matters: a rule counted from another limit comes after it.
import { defineRule, type ProcedureRule } from '../ruleTypes';
import { CITATION_PREFIX } from './citations';
import { ENFORCEMENT_RULES } from './caftaDrEnforcement';
import { CONSULTATION_TRACK_RULES } from './caftaDrTracks';
import { nonImplementationRules } from './nonImplementation';

const A = CITATION_PREFIX['cafta-dr'];
const base = { agreement: 'cafta-dr', track: 'dispute' } as const;

const COMMISSION_REQUESTED = {
  anyOf: ['commission_meeting_requested'],
  // In this round: a request from before the consultations were requested does not count.
  since: 'consultations_requested',
  article: `${A} 20.6.1`,
  until: {
    en: 'A panel cannot be requested until a Commission meeting has been requested: only a consulting Party that requested one under Art. 20.5 may request a panel (Art. 20.6.1).',
    es: 'No puede solicitarse un grupo arbitral hasta que se haya solicitado una reunión de la Comisión: solo una Parte consultante que la solicitó conforme al art. 20.5 puede solicitar el grupo (art. 20.6.1).',
  },
} as const;

export const CAFTA_DR_RULES: readonly ProcedureRule[] = [
  // First: the Commission request (Art. 20.5.2) refers to these openings.
  ...CONSULTATION_TRACK_RULES,
  defineRule({
    ...base,
    id: 'cafta-dr.third-party-consultations',
    title: { en: 'Another Party may join the consultations', es: 'Otra Parte puede participar en las consultas' },
    article: `${A} 20.4.3`,
    kind: 'deadline',
    days: 7,
    from: 'consultations_requested',
    metBy: [],
    stopsOn: ['commission_meeting_requested', 'commission_convened', 'panel_requested'],
    window: true,
    note: {
      en: 'Counted from delivery of the request. A Party with a substantial trade interest joins by written notice to the other Parties, explaining that interest.',
      es: 'Se cuenta desde la entrega de la solicitud. Una Parte con un interés comercial sustancial participa mediante notificación escrita a las demás Partes, explicando ese interés.',
    },
  }),
  defineRule({
    ...base,
    id: 'cafta-dr.consultations-perishable',
    title: { en: 'Consultations on perishable goods begin', es: 'Inicio de las consultas sobre mercancías perecederas' },
    article: `${A} 20.4.4`,
    kind: 'deadline',
    days: 15,
    from: 'consultations_requested',
    metBy: ['consultations_held'],
    stopsOn: ['commission_meeting_requested', 'commission_convened', 'panel_requested'],
    perishable: { mode: 'only' },
    note: {
      en: 'Perishable goods: perishable agricultural and fish goods classified in HS Chapters 1 to 24 (footnote to Art. 20.4.4). Outside perishable goods there is no deadline to begin consultations.',
      es: 'Mercancías perecederas: mercancías agrícolas y pesqueras perecederas de los capítulos 1 a 24 del SA (nota al art. 20.4.4). Fuera de ese caso no hay plazo para iniciar las consultas.',
    },
  }),
  defineRule({
    ...base,
    id: 'cafta-dr.commission-request',
    title: { en: 'A Commission meeting may be requested', es: 'Puede solicitarse una reunión de la Comisión' },
    article: `${A} 20.5.1(a)`,
    kind: 'opening',
    days: 60,
    dayAfter: true,
    from: 'consultations_requested',
    metBy: ['commission_meeting_requested'],
    stopsOn: ['commission_convened', 'panel_requested'],
    perishable: { mode: 'replaces', days: 15, article: `${A} 20.5.1(b)` },
    agreeable: true,
    // Or after labor or environmental consultations (Art. 20.5.2 / 21.5.2).
    alsoPermittedBy: ['labor-to-dispute', 'environment-to-dispute'],
    note: {
      en: 'If the consultations fail to resolve the matter within 60 days of delivery of the request (15 for perishable goods), or such other period as the consulting Parties agree (Art. 20.5.1(c)). A meeting may also be requested after consultations under Art. 16.6, 17.10 or 7.8 (Art. 20.5.2).',
      es: 'Si las consultas no resuelven el asunto dentro de 60 días de entregada la solicitud (15 para mercancías perecederas), u otro plazo que acuerden las Partes consultantes (art. 20.5.1(c)). También puede solicitarse tras consultas conforme a los arts. 16.6, 17.10 o 7.8 (art. 20.5.2).',
    },
  }),
  defineRule({
    ...base,
    id: 'cafta-dr.commission-convenes',
    title: { en: 'The Commission convenes', es: 'La Comisión se reúne' },
    article: `${A} 20.5.4`,
    kind: 'deadline',
    days: 10,
    from: 'commission_meeting_requested',
    metBy: ['commission_convened'],
    stopsOn: ['panel_requested'],
    note: {
      en: 'Within 10 days of delivery of the request, unless the Commission decides otherwise. It may use experts or working groups, good offices, conciliation or mediation, or make recommendations.',
      es: 'Dentro de 10 días de entregada la solicitud, salvo que la Comisión decida otra cosa. Puede recurrir a expertos o grupos de trabajo, buenos oficios, conciliación o mediación, o formular recomendaciones.',
    },
  }),
  defineRule({
    ...base,
    id: 'cafta-dr.panel-request-after-commission',
    title: { en: 'A panel may be requested (Commission has met)', es: 'Puede solicitarse un grupo arbitral (la Comisión se reunió)' },
    article: `${A} 20.6.1(a)`,
    kind: 'opening',
    days: 30,
    dayAfter: true,
    // Latest meeting: with consolidated proceedings the 30 days run from the
    // meeting on the matter most recently referred (Art. 20.6.1(b)).
    from: 'commission_convened',
    metBy: ['panel_requested'],
    condition: COMMISSION_REQUESTED,
    agreeable: true,
    note: {
      en: 'If the matter is not resolved within 30 days after the Commission convened, or such other period as the consulting Parties agree (Art. 20.6.1(e)). Only a consulting Party that requested the Commission meeting may request a panel (Art. 20.6.1); the panel is established on delivery of the request (Art. 20.6.2).',
      es: 'Si el asunto no se resuelve dentro de 30 días desde que se reunió la Comisión, u otro plazo que acuerden las Partes consultantes (art. 20.6.1(e)). Solo una Parte consultante que solicitó la reunión de la Comisión puede solicitar el grupo arbitral (art. 20.6.1); este se establece al entregarse la solicitud (art. 20.6.2).',
    },
  }),
  defineRule({
    ...base,
    id: 'cafta-dr.panel-request-without-commission',
    title: { en: 'A panel may be requested (Commission has not met)', es: 'Puede solicitarse un grupo arbitral (la Comisión no se ha reunido)' },
    article: `${A} 20.6.1(d)`,
    kind: 'opening',
    days: 75,
    dayAfter: true,
    from: 'consultations_requested',
    metBy: ['panel_requested'],
    // Both subparagraphs apply only "if the Commission has not convened".
    stopsOn: ['commission_convened'],
    stopsSameDay: true,
    perishable: { mode: 'replaces', days: 30, article: `${A} 20.6.1(c)` },
    condition: COMMISSION_REQUESTED,
    agreeable: true,
    note: {
      en: 'If the matter is not resolved within 75 days after delivery of the consultations request (30 for perishable goods) and the Commission has not convened, or such other period as the consulting Parties agree (Art. 20.6.1(e)). Only a consulting Party that requested a Commission meeting may request a panel (Art. 20.6.1).',
      es: 'Si el asunto no se resuelve dentro de 75 días de entregada la solicitud de consultas (30 para mercancías perecederas) y la Comisión no se ha reunido, u otro plazo que acuerden las Partes consultantes (art. 20.6.1(e)). Solo una Parte consultante que solicitó una reunión de la Comisión puede solicitar el grupo arbitral (art. 20.6.1).',
    },
  }),
  defineRule({
    ...base,
    id: 'cafta-dr.join-as-complainant',
    title: { en: 'Another Party may join as complaining Party', es: 'Otra Parte puede sumarse como Parte reclamante' },
    article: `${A} 20.6.3`,
    kind: 'deadline',
    days: 7,
    from: 'panel_requested',
    metBy: [],
    stopsOn: ['panel_composed'],
    window: true,
    note: {
      en: 'No later than 7 days after delivery of the panel request. A Party that does not join normally refrains from other proceedings on the same matter (Art. 20.6.4).',
      es: 'A más tardar 7 días después de entregada la solicitud de grupo arbitral. Una Parte que no se suma normalmente se abstiene de otros procedimientos sobre el mismo asunto (art. 20.6.4).',
    },
  }),
  defineRule({
    ...base,
    id: 'cafta-dr.panel-chair',
    title: { en: 'The disputing Parties endeavor to agree on the chair', es: 'Las Partes contendientes procuran acordar el presidente' },
    article: `${A} 20.9.1(b)`,
    kind: 'deadline',
    days: 15,
    from: 'panel_requested',
    // A composed panel has its chair, even if the selection was not recorded.
    metBy: ['panel_chair_selected', 'panel_composed'],
    stopsOn: ['panel_chair_selected_by_lot'],
    // "shall endeavor to agree": failing agreement the chair is drawn by lot.
    window: true,
    note: {
      en: 'CAFTA-DR selects the chair first, within 15 days of delivery of the panel request. Failing agreement, the chair is selected by lot within 3 days from roster members who are not nationals of a disputing Party.',
      es: 'En el CAFTA-DR se elige primero al presidente, dentro de 15 días de entregada la solicitud de grupo arbitral. Sin acuerdo, se elige por sorteo dentro de 3 días entre los miembros de la lista que no sean nacionales de una Parte contendiente.',
    },
  }),
  defineRule({
    ...base,
    id: 'cafta-dr.panel-chair-by-lot',
    title: { en: 'Chair selected by lot', es: 'Presidente elegido por sorteo' },
    article: `${A} 20.9.1(b)`,
    kind: 'deadline',
    days: 3,
    // "after expiration of this 15-day period": a draw before it is premature.
    notBeforeBase: true,
    from: { limit: 'panel-chair', onlyIfUnmet: true },
    metBy: ['panel_chair_selected_by_lot', 'panel_composed'],
    stopsOn: ['panel_chair_selected'],
    note: {
      en: '"Within three days" after the 15-day period, from roster members who are not nationals of a disputing Party. Applies only if the Parties did not agree on the chair in time.',
      es: '"Dentro de tres días" después del plazo de 15 días, entre los miembros de la lista que no sean nacionales de una Parte contendiente. Solo si las Partes no acordaron el presidente a tiempo.',
    },
  }),
  defineRule({
    ...base,
    id: 'cafta-dr.panelists',
    title: { en: 'Each side selects its panelist', es: 'Cada lado selecciona a su panelista' },
    article: `${A} 20.9.1(c)`,
    kind: 'deadline',
    days: 15,
    from: { type: ['panel_chair_selected', 'panel_chair_selected_by_lot'], nth: 1 },
    // Two panelists besides the chair (Art. 20.9.1(a): three members).
    metBy: [{ type: 'panelist_appointed', nth: 2 }, 'panel_composed'],
    stopsOn: ['panelist_selected_by_lot'],
    // A side that fails to select has its panelist drawn by lot (Art. 20.9.1(d)).
    window: true,
    note: {
      en: 'Within 15 days of the selection of the chair. A side that fails to select gets a panelist chosen by lot within 3 days from roster members of its nationality (Art. 20.9.1(d)); labor and environment disputes use those rosters (Art. 16.7.3, 17.11.3).',
      es: 'Dentro de 15 días de la selección del presidente. Si un lado no selecciona, su panelista se elige por sorteo dentro de 3 días entre los miembros de la lista de su nacionalidad (art. 20.9.1(d)); en controversias laborales y ambientales se usan esas listas (arts. 16.7.3 y 17.11.3).',
    },
  }),
  defineRule({
    ...base,
    id: 'cafta-dr.panelists-by-lot',
    title: { en: 'Missing panelist selected by lot', es: 'Panelista faltante elegido por sorteo' },
    article: `${A} 20.9.1(d)`,
    kind: 'deadline',
    days: 3,
    // "after expiration of this 15-day period": a draw before it is premature.
    notBeforeBase: true,
    from: { limit: 'panelists', onlyIfUnmet: true },
    metBy: ['panelist_selected_by_lot', 'panel_composed'],
    // A second panelist appointed late leaves nothing to draw.
    stopsOn: [{ type: 'panelist_appointed', nth: 2 }],
    note: {
      en: '"Within three days" after the 15-day period, from the roster members who are nationals of the side that failed to select. Applies only if a side did not select in time.',
      es: '"Dentro de tres días" después del plazo de 15 días, entre los miembros de la lista nacionales del lado que no seleccionó. Solo si un lado no seleccionó a tiempo.',
    },
  }),
  defineRule({
    ...base,
    id: 'cafta-dr.panelist-challenge',
    title: { en: 'A non-roster panelist may be challenged', es: 'Puede recusarse a un panelista que no figura en la lista' },
    article: `${A} 20.9.2`,
    kind: 'deadline',
    days: 15,
    from: 'panelist_proposed',
    // One period for each individual proposed.
    fromEach: true,
    metBy: [],
    window: true,
    note: {
      en: 'Any disputing Party may exercise a peremptory challenge against an individual not on the roster who is proposed as a panelist, within 15 days after the proposal. Record only proposals of individuals not on the roster.',
      es: 'Cualquier Parte contendiente puede recusar sin expresión de causa a una persona que no figura en la lista y es propuesta como panelista, dentro de 15 días de la propuesta. Registre solo propuestas de personas que no figuran en la lista.',
    },
  }),
  defineRule({
    ...base,
    id: 'cafta-dr.terms-of-reference',
    title: { en: 'Other terms of reference may be agreed', es: 'Puede acordarse otro mandato' },
    article: `${A} 20.10.4`,
    kind: 'deadline',
    days: 20,
    from: 'panel_requested',
    metBy: [],
    stopsOn: ['initial_report_issued'],
    window: true,
    agreeable: true,
    note: {
      en: 'Unless the disputing Parties agree otherwise within 20 days of delivery of the panel request, the standard terms of reference of Art. 20.10.4 apply.',
      es: 'Salvo que las Partes contendientes acuerden otra cosa dentro de 20 días de entregada la solicitud de grupo arbitral, se aplica el mandato estándar del art. 20.10.4.',
    },
  }),
  defineRule({
    ...base,
    id: 'cafta-dr.report-delay-notice',
    title: { en: 'Panel says if it cannot report within 120 days', es: 'El grupo arbitral informa si no puede presentar su informe en 120 días' },
    article: `${A} 20.13.4`,
    kind: 'deadline',
    days: 7,
    // "the initial written submission of the complaining Party": the first one filed.
    from: { type: 'initial_written_submission', nth: 1 },
    metBy: [],
    stopsOn: ['initial_report_issued'],
    window: true,
    note: {
      en: 'No later than 7 days after the complaining Party’s initial written submission, the panel informs the disputing Parties of any determination that it cannot present its initial report within 120 days. Record it as a note.',
      es: 'A más tardar 7 días después del escrito inicial de la Parte reclamante, el grupo arbitral informa a las Partes contendientes si determina que no puede presentar su informe inicial en 120 días. Regístrelo como nota.',
    },
  }),
  defineRule({
    ...base,
    id: 'cafta-dr.initial-report',
    title: { en: 'Initial report presented', es: 'Presentación del informe inicial' },
    article: `${A} 20.13.3`,
    kind: 'deadline',
    days: 120,
    // "after the last panelist is selected": recorded as the panel being composed.
    from: 'panel_composed',
    metBy: ['initial_report_issued'],
    agreeable: true,
    note: {
      en: 'Within 120 days after the last panelist is selected, unless the disputing Parties agree otherwise or the Model Rules of Procedure provide another period.',
      es: 'Dentro de 120 días después de seleccionado el último panelista, salvo que las Partes contendientes acuerden otra cosa o las Reglas Modelo de Procedimiento prevean otro plazo.',
    },
  }),
  defineRule({
    ...base,
    id: 'cafta-dr.initial-report-outer',
    title: { en: 'Initial report: outer limit', es: 'Informe inicial: plazo máximo' },
    article: `${A} 20.13.4`,
    kind: 'deadline',
    days: 180,
    from: 'panel_composed',
    metBy: ['initial_report_issued'],
    note: {
      en: 'A panel that cannot report within 120 days gives its reasons in writing; in no case should the period exceed 180 days. The US–Colombia and US–Peru TPAs have no such clause.',
      es: 'Si el grupo arbitral no puede informar en 120 días, lo comunica por escrito con sus razones; en ningún caso el plazo debería exceder 180 días. Los APC con Colombia y Perú no tienen esta cláusula.',
    },
  }),
  defineRule({
    ...base,
    id: 'cafta-dr.initial-report-comments',
    title: { en: 'Written comments on the initial report', es: 'Observaciones escritas sobre el informe inicial' },
    article: `${A} 20.13.6`,
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
    id: 'cafta-dr.final-report',
    title: { en: 'Final report presented', es: 'Presentación del informe final' },
    article: `${A} 20.14.1`,
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
    id: 'cafta-dr.final-report-publication',
    title: { en: 'Final report made public', es: 'Publicación del informe final' },
    article: `${A} 20.14.1`,
    kind: 'deadline',
    days: 15,
    from: 'final_report_issued',
    metBy: ['final_report_published'],
    note: { en: 'Within 15 days after it is presented, subject to the protection of confidential information.', es: 'Dentro de 15 días de presentado, sujeto a la protección de la información confidencial.' },
  }),
  // Art. 20.16: where the panel found a breach other than of Art. 16.2.1(a)
  // or 17.2.1(a) (Art. 20.16.9).
  ...nonImplementationRules('cafta-dr'),
  // Art. 20.17: where the panel found a breach of Art. 16.2.1(a) or 17.2.1(a).
  ...ENFORCEMENT_RULES,
  defineRule({
    ...base,
    id: 'cafta-dr.compliance-report',
    title: { en: 'Compliance review report', es: 'Informe de revisión del cumplimiento' },
    article: `${A} 20.18.1`,
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
