// Submissions on environmental enforcement matters: any person of a Party may
// assert that a Party is failing to effectively enforce its environmental
// laws (CAFTA-DR Art. 17.7–17.8, Secretariat for Environmental Matters; TPA
// Art. 18.8–18.9). Source: domain-facts §5b and §6.2 (treaty quotations).
// The secretariat's own determinations (17.7.2, 17.7.4) carry no period, and
// the text of the US–Peru forest annex (Annex 18.3.4) is not in the
// reference, so none of its periods is computed here.
import type { AgreementId } from '../../domain/agreements';
import { defineRule, type ProcedureRule } from '../ruleTypes';
import { CITATION_PREFIX } from './citations';

type Paragraphs = Readonly<{ response: string; comments: string; publication: string }>;

const PARAGRAPHS: Readonly<Record<AgreementId, Paragraphs>> = {
  'cafta-dr': { response: '17.7.5', comments: '17.8.5', publication: '17.8.7' },
  'us-colombia-tpa': { response: '18.8.5', comments: '18.9.5', publication: '18.9.7' },
  'us-peru-tpa': { response: '18.8.5', comments: '18.9.5', publication: '18.9.7' },
};

export function submissionRules(agreement: AgreementId): readonly ProcedureRule[] {
  const cite = PARAGRAPHS[agreement];
  const A = CITATION_PREFIX[agreement];
  const base = { agreement, track: 'submission' } as const;
  const id = (step: string): string => `${agreement}.${step}`;
  const publishedBy =
    agreement === 'cafta-dr'
      ? {
          en: 'The Council may, by a vote of any Party, make the final factual record public, "normally within 60 days following its submission": a normal time, not a deadline.',
          es: 'El Consejo puede, por el voto de cualquier Parte, hacer público el expediente de hechos final, "normalmente dentro de 60 días" de su presentación: un plazo habitual, no un plazo obligatorio.',
        }
      : {
          en: 'The secretariat makes the final factual record public, "normally within 60 days following its submission", if any member of the Council instructs it to: a normal time, not a deadline.',
          es: 'La secretaría hace público el expediente de hechos final, "normalmente dentro de 60 días" de su presentación, si algún miembro del Consejo se lo indica: un plazo habitual, no un plazo obligatorio.',
        };
  return [
    defineRule({
      ...base,
      id: id('submission-response'),
      title: { en: 'The Party responds to the secretariat', es: 'La Parte responde a la secretaría' },
      article: `${A} ${cite.response}`,
      kind: 'deadline',
      days: 45,
      from: 'secretariat_response_requested',
      metBy: ['party_response_delivered'],
      // "or, in exceptional circumstances and on notification to the secretariat, within 60 days".
      extension: { by: 'response_extension_notified', days: 60 },
      note: {
        en: 'Within 45 days of delivery of the secretariat’s request, or 60 days in exceptional circumstances on notification to the secretariat within the 45 days. The Party says whether the matter is the subject of a pending judicial or administrative proceeding; if so, the secretariat proceeds no further.',
        es: 'Dentro de 45 días de entregada la solicitud de la secretaría, o 60 días en circunstancias excepcionales, notificándolo a la secretaría dentro de los 45 días. La Parte informa si el asunto es objeto de un procedimiento judicial o administrativo pendiente; en ese caso la secretaría no continúa.',
      },
    }),
    defineRule({
      ...base,
      id: id('draft-record-comments'),
      title: { en: 'Comments on the accuracy of the draft factual record', es: 'Observaciones sobre la exactitud del proyecto de expediente de hechos' },
      article: `${A} ${cite.comments}`,
      kind: 'deadline',
      days: 45,
      from: 'draft_factual_record_submitted',
      metBy: ['draft_comments_delivered'],
      stopsOn: ['final_factual_record_submitted'],
      // "Any Party may provide comments": a right, not a duty.
      window: true,
      note: {
        en: 'Any Party may comment on the accuracy of the draft within 45 days after it is submitted.',
        es: 'Cualquier Parte puede formular observaciones sobre la exactitud del proyecto dentro de 45 días de su presentación.',
      },
    }),
    defineRule({
      ...base,
      id: id('factual-record-publication'),
      title: { en: 'Final factual record made public', es: 'Publicación del expediente de hechos final' },
      article: `${A} ${cite.publication}`,
      kind: 'target',
      days: 60,
      from: 'final_factual_record_submitted',
      metBy: ['factual_record_published'],
      note: publishedBy,
    }),
  ];
}
