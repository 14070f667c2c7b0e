// US–Colombia and US–Peru TPA time limits: Chapter 21 (Dispute Settlement),
// Art. 17.7 (Cooperative Labor Consultations) and Art. 18.12 (Environmental
// Consultations and Panel Procedure). The two texts are identical here
// (domain-facts §0), so one set of rules serves both; ids and citations name
// each agreement. Source: domain-facts §4 and §5, checked against ToTA pta_156.
//
// Not here: the TBT Committee's 60-day effort (Art. 7.7.3) is an undertaking to
// "make every effort", not a date by which anything must or may happen; once
// the Parties have consulted under Art. 7.7 those consultations count as
// Art. 21.4 consultations (Art. 7.7.4), which a consultations_requested event
// records. Steps timed only as "promptly" (17.7.2, 17.7.4–5, 18.12.2,
// 18.12.4–5) have no computable date.
import { defineRule, type ProcedureRule } from '../ruleTypes';

export type TpaAgreement = 'us-colombia-tpa' | 'us-peru-tpa';

const CITATION_PREFIX: Readonly<Record<TpaAgreement, string>> = {
  'us-colombia-tpa': 'US–Colombia TPA Art.',
  'us-peru-tpa': 'US–Peru TPA Art.',
};

export function tpaRules(agreement: TpaAgreement): readonly ProcedureRule[] {
  const A = CITATION_PREFIX[agreement];
  const base = { agreement } as const;
  const id = (step: string): string => `${agreement}.${step}`;
  return [
    defineRule({
      ...base,
      id: id('third-party-consultations'),
      track: 'dispute',
      title: { en: 'Another Party may join the consultations', es: 'Otra Parte puede participar en las consultas' },
      article: `${A} 21.4.3`,
      kind: 'deadline',
      days: 7,
      from: 'consultations_requested',
      metBy: [],
      stopsOn: ['commission_meeting_requested', 'commission_convened', 'panel_requested'],
      window: true,
      note: {
        en: 'A Party with a substantial trade interest joins by written notice to the other Parties, explaining that interest. There is no deadline to begin consultations; the other Party replies "promptly" (Art. 21.4.1).',
        es: 'Una Parte con un interés comercial sustancial participa mediante notificación escrita a las demás Partes, explicando ese interés. No hay plazo para iniciar las consultas; la otra Parte responde "con prontitud" (art. 21.4.1).',
      },
    }),
    defineRule({
      ...base,
      id: id('commission-request'),
      track: 'dispute',
      title: { en: 'A Commission meeting may be requested', es: 'Puede solicitarse una reunión de la Comisión' },
      article: `${A} 21.5.1(a)`,
      kind: 'opening',
      days: 60,
      from: 'consultations_requested',
      metBy: ['commission_meeting_requested'],
      stopsOn: ['commission_convened', 'panel_requested'],
      perishable: { mode: 'replaces', days: 15, article: `${A} 21.5.1(b)` },
      note: {
        en: 'Or after such other period as the consulting Parties agree (Art. 21.5.1(c)). A meeting may also be requested after consultations under Art. 17.7, 18.12 or 7.7 (Art. 21.5.2).',
        es: 'O tras otro plazo que acuerden las Partes consultantes (art. 21.5.1(c)). También puede solicitarse tras consultas conforme a los arts. 17.7, 18.12 o 7.7 (art. 21.5.2).',
      },
    }),
    defineRule({
      ...base,
      id: id('commission-convenes'),
      track: 'dispute',
      title: { en: 'The Commission convenes', es: 'La Comisión se reúne' },
      article: `${A} 21.5.4`,
      kind: 'deadline',
      days: 10,
      from: 'commission_meeting_requested',
      metBy: ['commission_convened'],
      stopsOn: ['panel_requested'],
      note: {
        en: 'Unless the Commission decides otherwise. It may meet by technological means (Art. 21.5.6).',
        es: 'Salvo que la Comisión decida otra cosa. Puede reunirse por medios tecnológicos (art. 21.5.6).',
      },
    }),
    defineRule({
      ...base,
      id: id('panel-request-after-commission'),
      track: 'dispute',
      title: { en: 'A panel may be requested (Commission has met)', es: 'Puede solicitarse un grupo arbitral (la Comisión se reunió)' },
      article: `${A} 21.6.1(a)`,
      kind: 'opening',
      days: 30,
      // Latest meeting: with consolidated proceedings the 30 days run from the
      // meeting on the matter most recently referred (Art. 21.6.1(b)).
      from: 'commission_convened',
      metBy: ['panel_requested'],
      note: {
        en: 'Any consulting Party that took part in or requested the Commission meeting may request a panel (Art. 21.6.1); the panel is established on delivery of the request (Art. 21.6.2).',
        es: 'Cualquier Parte consultante que participó en la reunión de la Comisión o la solicitó puede solicitar el grupo arbitral (art. 21.6.1); este se establece al entregarse la solicitud (art. 21.6.2).',
      },
    }),
    defineRule({
      ...base,
      id: id('panel-request-without-commission'),
      track: 'dispute',
      title: { en: 'A panel may be requested (Commission has not met)', es: 'Puede solicitarse un grupo arbitral (la Comisión no se ha reunido)' },
      article: `${A} 21.6.1(d)`,
      kind: 'opening',
      days: 75,
      from: 'consultations_requested',
      metBy: ['panel_requested'],
      // Both subparagraphs apply only "if the Commission has not convened".
      stopsOn: ['commission_convened'],
      perishable: { mode: 'replaces', days: 30, article: `${A} 21.6.1(c)` },
      note: {
        en: 'Only if the Commission has not convened, and only by a consulting Party that requested a Commission meeting (Art. 21.6.1).',
        es: 'Solo si la Comisión no se ha reunido, y solo por una Parte consultante que solicitó una reunión de la Comisión (art. 21.6.1).',
      },
    }),
    defineRule({
      ...base,
      id: id('join-as-complainant'),
      track: 'dispute',
      title: { en: 'Another Party may join as complaining Party', es: 'Otra Parte puede sumarse como Parte reclamante' },
      article: `${A} 21.6.3`,
      kind: 'deadline',
      days: 7,
      from: 'panel_requested',
      metBy: [],
      stopsOn: ['panel_composed'],
      window: true,
      note: {
        en: 'A Party that does not join normally refrains from other proceedings on the same matter (Art. 21.6.4).',
        es: 'Una Parte que no se suma normalmente se abstiene de otros procedimientos sobre el mismo asunto (art. 21.6.4).',
      },
    }),
    defineRule({
      ...base,
      id: id('panelists'),
      track: 'dispute',
      title: { en: 'Each side appoints its panelist', es: 'Cada lado designa a su panelista' },
      article: `${A} 21.9.1(b)`,
      kind: 'deadline',
      days: 15,
      from: 'panel_requested',
      // Two panelists besides the chair (Art. 21.9.1(a): three members).
      metBy: [{ type: 'panelist_appointed', nth: 2 }, 'panel_composed'],
      note: {
        en: 'The TPAs select the two panelists first. A side that fails to appoint gets a panelist chosen by lot from the indicative roster within 3 days after this period. In labor and environment disputes, panelists not chosen by lot need relevant expertise (Art. 21.9.1(d)).',
        es: 'En los APC se eligen primero los dos panelistas. Si un lado no designa, su panelista se elige por sorteo de la lista indicativa dentro de 3 días después de este plazo. En controversias laborales y ambientales, los panelistas no sorteados deben tener experiencia en la materia (art. 21.9.1(d)).',
      },
    }),
    defineRule({
      ...base,
      id: id('panel-chair'),
      track: 'dispute',
      title: { en: 'Chair of the panel agreed', es: 'Acuerdo sobre el presidente del grupo arbitral' },
      article: `${A} 21.9.1(c)`,
      kind: 'deadline',
      days: 15,
      // The treaty counts from "the date the second panelist has been
      // appointed or selected", not from the latest appointment (a later
      // replacement under Art. 21.9.2 does not restart it).
      from: { type: 'panelist_appointed', nth: 2 },
      metBy: ['panel_chair_selected', 'panel_composed'],
      note: {
        en: 'Counted from the appointment of the second panelist. Failing agreement, the chair is chosen by lot within 3 days after this period from roster members who are not nationals of the disputing Parties.',
        es: 'Se cuenta desde la designación del segundo panelista. Sin acuerdo, el presidente se elige por sorteo dentro de 3 días después de este plazo entre los miembros de la lista que no sean nacionales de las Partes contendientes.',
      },
    }),
    defineRule({
      ...base,
      id: id('terms-of-reference'),
      track: 'dispute',
      title: { en: 'Other terms of reference may be agreed', es: 'Puede acordarse otro mandato' },
      article: `${A} 21.10.4`,
      kind: 'deadline',
      days: 20,
      from: 'panel_requested',
      metBy: [],
      stopsOn: ['initial_report_issued'],
      window: true,
      note: {
        en: 'Unless the disputing Parties agree otherwise within this period, the standard terms of reference of Art. 21.10.4 apply.',
        es: 'Salvo que las Partes contendientes acuerden otra cosa en este plazo, se aplica el mandato estándar del art. 21.10.4.',
      },
    }),
    defineRule({
      ...base,
      id: id('initial-report'),
      track: 'dispute',
      title: { en: 'Initial report presented', es: 'Presentación del informe inicial' },
      article: `${A} 21.13.3`,
      kind: 'deadline',
      days: 120,
      // "after the last panelist is selected": recorded as the panel being composed.
      from: 'panel_composed',
      metBy: ['initial_report_issued'],
      note: {
        en: 'Counted from the selection of the last panelist, unless the disputing Parties agree otherwise. No outer limit like CAFTA-DR Art. 20.13.4.',
        es: 'Se cuenta desde la selección del último panelista, salvo que las Partes contendientes acuerden otra cosa. Sin plazo máximo como el del art. 20.13.4 del CAFTA-DR.',
      },
    }),
    defineRule({
      ...base,
      id: id('initial-report-comments'),
      track: 'dispute',
      title: { en: 'Comments or requests for clarification on the initial report', es: 'Observaciones o solicitudes de aclaración sobre el informe inicial' },
      article: `${A} 21.13.5`,
      kind: 'deadline',
      days: 14,
      from: 'initial_report_issued',
      metBy: ['initial_report_comments'],
      stopsOn: ['final_report_issued'],
      window: true,
      note: {
        en: 'Or within such other period as the disputing Parties agree.',
        es: 'O dentro de otro plazo que acuerden las Partes contendientes.',
      },
    }),
    defineRule({
      ...base,
      id: id('final-report'),
      track: 'dispute',
      title: { en: 'Final report presented', es: 'Presentación del informe final' },
      article: `${A} 21.14.1`,
      kind: 'deadline',
      days: 30,
      from: 'initial_report_issued',
      metBy: ['final_report_issued'],
      note: { en: 'Unless the disputing Parties agree otherwise.', es: 'Salvo que las Partes contendientes acuerden otra cosa.' },
    }),
    defineRule({
      ...base,
      id: id('final-report-publication'),
      track: 'dispute',
      title: { en: 'Final report made public', es: 'Publicación del informe final' },
      article: `${A} 21.14.1`,
      kind: 'deadline',
      days: 15,
      from: 'final_report_issued',
      metBy: ['final_report_published'],
      note: { en: 'Subject to the protection of confidential information.', es: 'Sujeto a la protección de la información confidencial.' },
    }),
    defineRule({
      ...base,
      id: id('compensation'),
      track: 'dispute',
      title: { en: 'Compensation negotiations', es: 'Negociación de compensación' },
      article: `${A} 21.16.1`,
      kind: 'opening',
      days: 45,
      from: 'final_report_issued',
      metBy: ['compensation_negotiations_started'],
      stopsOn: ['suspension_notified'],
      note: {
        en: 'If the panel found a non-conformity or nullification or impairment (Art. 21.15.2) and no resolution is agreed within 45 days of receiving the final report, the Party complained against enters into compensation negotiations. Remedies are temporary (Art. 21.16.9).',
        es: 'Si el grupo arbitral determinó un incumplimiento o anulación o menoscabo (art. 21.15.2) y no se acuerda una solución dentro de 45 días de recibido el informe final, la Parte demandada entra en negociaciones de compensación. Las medidas son temporales (art. 21.16.9).',
      },
    }),
    defineRule({
      ...base,
      id: id('suspension-notice'),
      track: 'dispute',
      title: { en: 'Notice of suspension of benefits may be given', es: 'Puede notificarse la suspensión de beneficios' },
      article: `${A} 21.16.2(a)`,
      kind: 'opening',
      days: 30,
      from: 'compensation_negotiations_started',
      metBy: ['suspension_notified'],
      note: {
        en: 'If compensation is not agreed within 30 days after negotiations began. Notice may also be given at any time if an agreed compensation or resolution is not observed (Art. 21.16.2(b)).',
        es: 'Si no se acuerda la compensación dentro de 30 días de iniciadas las negociaciones. También puede notificarse en cualquier momento si no se cumple una compensación o solución acordada (art. 21.16.2(b)).',
      },
    }),
    defineRule({
      ...base,
      id: id('suspension-effect'),
      track: 'dispute',
      title: { en: 'Suspension of benefits may begin', es: 'Puede comenzar la suspensión de beneficios' },
      article: `${A} 21.16.2`,
      kind: 'opening',
      days: 30,
      from: 'suspension_notified',
      metBy: ['benefits_suspended'],
      note: {
        en: 'Counted from the notice, or from the panel’s determination if it is reconvened (Art. 21.16.3), whichever is later. No suspension if the Party complained against gives notice within 30 days that it will pay an annual monetary assessment (Art. 21.16.6).',
        es: 'Se cuenta desde la notificación, o desde la determinación del grupo arbitral si se reúne de nuevo (art. 21.16.3), lo que ocurra después. No hay suspensión si la Parte demandada notifica dentro de 30 días que pagará una contribución monetaria anual (art. 21.16.6).',
      },
    }),
    defineRule({
      ...base,
      id: id('reconvene-request'),
      track: 'dispute',
      title: { en: 'Party complained against may ask the panel to reconvene', es: 'La Parte demandada puede pedir que el grupo arbitral se reúna de nuevo' },
      article: `${A} 21.16.3`,
      kind: 'deadline',
      days: 30,
      from: 'suspension_notified',
      metBy: [],
      stopsOn: ['benefits_suspended'],
      window: true,
      note: {
        en: 'If it considers the proposed level manifestly excessive or that it has eliminated the non-conformity. The panel determines within 90 days after it reconvenes, or 120 days on both grounds.',
        es: 'Si considera el nivel propuesto manifiestamente excesivo o que ha eliminado el incumplimiento. El grupo arbitral decide dentro de 90 días de reunirse de nuevo, o 120 días si se invocan ambos motivos.',
      },
    }),
    defineRule({
      ...base,
      id: id('compliance-report'),
      track: 'dispute',
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
    defineRule({
      ...base,
      id: id('labor-to-dispute'),
      track: 'labor',
      title: { en: 'Chapter 21 consultations or a Commission meeting may be requested', es: 'Pueden solicitarse consultas del capítulo 21 o una reunión de la Comisión' },
      article: `${A} 17.7.6`,
      kind: 'opening',
      days: 60,
      from: 'labor_consultations_requested',
      metBy: ['consultations_requested', 'commission_meeting_requested'],
      note: {
        en: 'For any Chapter 17 matter, after first seeking to resolve it under Art. 17.7 (Art. 17.7.7). The Labor Affairs Council convenes on request (Art. 17.7.4–5) with no fixed period.',
        es: 'Para cualquier asunto del capítulo 17, tras intentar resolverlo conforme al art. 17.7 (art. 17.7.7). El Consejo de Asuntos Laborales se reúne a solicitud (arts. 17.7.4–5) sin plazo fijo.',
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
      from: 'environment_consultations_requested',
      metBy: ['consultations_requested', 'commission_meeting_requested'],
      note: {
        en: 'For any Chapter 18 matter (Art. 18.12.6–7). The Environmental Affairs Council convenes "promptly" (Art. 18.12.4–5): no computable date.',
        es: 'Para cualquier asunto del capítulo 18 (arts. 18.12.6–7). El Consejo de Asuntos Ambientales se reúne "con prontitud" (arts. 18.12.4–5): sin fecha calculable.',
      },
    }),
  ];
}
