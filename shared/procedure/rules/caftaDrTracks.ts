// CAFTA-DR: from cooperative labor consultations (Art. 16.6) and
// collaborative environmental consultations (Art. 17.10) into Chapter 20.
// Steps timed only as "promptly" (16.6.2, 16.6.4–5, 17.10.2, 17.10.4–5) have
// no computable date. Source: domain-facts §5.1–5.2.
import { defineRule, type ProcedureRule } from '../ruleTypes';
import { CITATION_PREFIX } from './citations';

const A = CITATION_PREFIX['cafta-dr'];
const base = { agreement: 'cafta-dr', track: 'dispute' } as const;

export const CONSULTATION_TRACK_RULES: readonly ProcedureRule[] = [
  defineRule({
    ...base,
    id: 'cafta-dr.labor-to-dispute',
    track: 'labor',
    title: { en: 'Chapter 20 consultations or a Commission meeting may be requested', es: 'Pueden solicitarse consultas del capítulo 20 o una reunión de la Comisión' },
    article: `${A} 16.6.6`,
    kind: 'opening',
    days: 60,
    dayAfter: true,
    from: 'labor_consultations_requested',
    metBy: ['consultations_requested', 'commission_meeting_requested'],
    note: {
      en: 'If the labor consultations fail to resolve the matter within 60 days of delivery of the request. Only for matters under Art. 16.2.1(a) (Art. 16.6.7), and only after Art. 16.6 consultations (Art. 16.6.8). The Labor Affairs Council convenes "promptly" on request (Art. 16.6.4–5): no computable date.',
      es: 'Si las consultas laborales no resuelven el asunto dentro de 60 días de entregada la solicitud. Solo para asuntos del art. 16.2.1(a) (art. 16.6.7), y solo tras consultas del art. 16.6 (art. 16.6.8). El Consejo de Asuntos Laborales se reúne "con prontitud" a solicitud (arts. 16.6.4–5): sin fecha calculable.',
    },
  }),
  defineRule({
    ...base,
    id: 'cafta-dr.environment-to-dispute',
    track: 'environment',
    title: { en: 'Chapter 20 consultations or a Commission meeting may be requested', es: 'Pueden solicitarse consultas del capítulo 20 o una reunión de la Comisión' },
    article: `${A} 17.10.6`,
    kind: 'opening',
    days: 60,
    dayAfter: true,
    from: 'environment_consultations_requested',
    metBy: ['consultations_requested', 'commission_meeting_requested'],
    note: {
      en: 'If the environmental consultations fail to resolve the matter within 60 days of delivery of the request. Only for matters under Art. 17.2.1(a) (Art. 17.10.7). The Environmental Affairs Council convenes "promptly" (Art. 17.10.4–5): no computable date.',
      es: 'Si las consultas ambientales no resuelven el asunto dentro de 60 días de entregada la solicitud. Solo para asuntos del art. 17.2.1(a) (art. 17.10.7). El Consejo de Asuntos Ambientales se reúne "con prontitud" (arts. 17.10.4–5): sin fecha calculable.',
    },
  }),
];
