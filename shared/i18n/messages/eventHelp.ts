// One line under the event-type select saying which date to enter. Every
// type that starts a treaty period says the period counts from delivery
// (issue 5 §1: "Limits count from delivery"), since the date a request was
// signed or sent is the commonest wrong entry. Spanish as in casePage.ts.
import type { EventType } from '../../events/domain';
import { defineMessages } from '../define';

export const eventHelpMessages = defineMessages({
  'eventHelp.consultations_requested': {
    en: 'Date the request for consultations was delivered to the other Party; the periods count from delivery.',
    es: 'Fecha en que se entregó la solicitud de consultas a la otra Parte; los plazos se cuentan desde la entrega.',
  },
  'eventHelp.consultations_held': {
    en: 'Date the consultations began (their first meeting).',
    es: 'Fecha en que comenzaron las consultas (su primera reunión).',
  },
  'eventHelp.commission_meeting_requested': {
    en: 'Date the request for a Commission meeting was delivered to the other Parties; the periods count from delivery.',
    es: 'Fecha en que se entregó a las demás Partes la solicitud de reunión de la Comisión; los plazos se cuentan desde la entrega.',
  },
  'eventHelp.commission_convened': {
    en: 'Date the Commission met on the matter.',
    es: 'Fecha en que la Comisión se reunió sobre el asunto.',
  },
  'eventHelp.panel_requested': {
    en: 'Date the request for an arbitral panel was delivered to the other Party (the panel is established on delivery); the periods count from it.',
    es: 'Fecha en que se entregó a la otra Parte la solicitud de grupo arbitral (el grupo se establece con la entrega); los plazos se cuentan desde ella.',
  },
  'eventHelp.panelist_proposed': {
    en: 'Date a disputing Party proposed a panelist who is not on the roster; the period to challenge counts from it.',
    es: 'Fecha en que una Parte contendiente propuso un panelista que no figura en la lista; el plazo para recusarlo se cuenta desde ella.',
  },
  'eventHelp.panel_chair_selected': {
    en: 'Date the disputing Parties agreed on the chair of the panel.',
    es: 'Fecha en que las Partes contendientes acordaron el presidente del grupo arbitral.',
  },
  'eventHelp.panel_chair_selected_by_lot': {
    en: 'Date the chair was selected by lot.',
    es: 'Fecha en que el presidente fue elegido por sorteo.',
  },
  'eventHelp.panelist_appointed': {
    en: 'Date a disputing Party selected one of its panelists.',
    es: 'Fecha en que una Parte contendiente seleccionó a uno de sus panelistas.',
  },
  'eventHelp.panelist_selected_by_lot': {
    en: 'Date a panelist was selected by lot.',
    es: 'Fecha en que un panelista fue elegido por sorteo.',
  },
  'eventHelp.panel_composed': {
    en: 'Date the last panelist was selected.',
    es: 'Fecha en que se seleccionó al último panelista.',
  },
  'eventHelp.initial_written_submission': {
    en: 'Date the complaining Party delivered its initial written submission.',
    es: 'Fecha en que la Parte reclamante entregó su escrito inicial.',
  },
  'eventHelp.initial_report_issued': {
    en: 'Date the panel presented its initial report to the disputing Parties.',
    es: 'Fecha en que el grupo arbitral presentó su informe inicial a las Partes contendientes.',
  },
  'eventHelp.initial_report_comments': {
    en: 'Date a disputing Party delivered its written comments on the initial report.',
    es: 'Fecha en que una Parte contendiente entregó sus observaciones escritas al informe inicial.',
  },
  'eventHelp.final_report_issued': {
    en: 'Date the panel presented its final report to the disputing Parties.',
    es: 'Fecha en que el grupo arbitral presentó su informe final a las Partes contendientes.',
  },
  'eventHelp.final_report_published': {
    en: 'Date the final report was made public.',
    es: 'Fecha en que se publicó el informe final.',
  },
  'eventHelp.resolution_agreed': {
    en: 'Date the disputing Parties agreed on the resolution of the dispute.',
    es: 'Fecha en que las Partes contendientes acordaron la solución de la controversia.',
  },
  'eventHelp.compensation_negotiations_started': {
    en: 'Date negotiations on mutually acceptable compensation began.',
    es: 'Fecha en que comenzaron las negociaciones de una compensación mutuamente aceptable.',
  },
  'eventHelp.suspension_notified': {
    en: 'Date the notice of intent to suspend benefits was delivered to the Party complained against; the periods count from delivery.',
    es: 'Fecha en que se entregó a la Parte demandada la notificación de la intención de suspender beneficios; los plazos se cuentan desde la entrega.',
  },
  'eventHelp.panel_reconvene_requested': {
    en: 'Date the request to reconvene the panel was delivered to the other Party; the periods count from delivery.',
    es: 'Fecha en que se entregó a la otra Parte la solicitud de que el grupo arbitral se reúna de nuevo; los plazos se cuentan desde la entrega.',
  },
  'eventHelp.panel_reconvened': {
    en: 'Date the panel reconvened; its determination is due counting from this date.',
    es: 'Fecha en que el grupo arbitral se reunió de nuevo; el plazo de su determinación se cuenta desde esta fecha.',
  },
  'eventHelp.reconvened_panel_determination': {
    en: 'Date the reconvened panel presented its determination.',
    es: 'Fecha en que el grupo arbitral reunido de nuevo presentó su determinación.',
  },
  'eventHelp.monetary_assessment_notified': {
    en: 'Date the notice that the Party complained against will pay an annual monetary assessment was delivered to the complaining Party; the periods count from delivery.',
    es: 'Fecha en que se entregó a la Parte reclamante la notificación de que la Parte demandada pagará una contribución monetaria anual; los plazos se cuentan desde la entrega.',
  },
  'eventHelp.assessment_consultations_held': {
    en: 'Date consultations on the amount of the assessment began.',
    es: 'Fecha en que comenzaron las consultas sobre el monto de la contribución.',
  },
  'eventHelp.assessment_agreed': {
    en: 'Date the Parties agreed on the amount of the assessment.',
    es: 'Fecha en que las Partes acordaron el monto de la contribución.',
  },
  'eventHelp.assessment_payment_demanded': {
    en: 'Date the demand for payment of the assessment was delivered to the Party complained against; the installments count from delivery.',
    es: 'Fecha en que se entregó a la Parte demandada la exigencia de pago de la contribución; las cuotas se cuentan desde la entrega.',
  },
  'eventHelp.assessment_paid': {
    en: 'Date an installment of the assessment was paid.',
    es: 'Fecha en que se pagó una cuota de la contribución.',
  },
  'eventHelp.benefits_suspended': {
    en: 'Date the suspension of benefits took effect.',
    es: 'Fecha en que la suspensión de beneficios surtió efecto.',
  },
  'eventHelp.compliance_review_requested': {
    en: 'Date the request for a compliance review was delivered to the other Party; the periods count from delivery.',
    es: 'Fecha en que se entregó a la otra Parte la solicitud de revisión de cumplimiento; los plazos se cuentan desde la entrega.',
  },
  'eventHelp.compliance_report_issued': {
    en: 'Date the panel presented its report on compliance.',
    es: 'Fecha en que el grupo arbitral presentó su informe sobre el cumplimiento.',
  },
  'eventHelp.labor_consultations_requested': {
    en: 'Date the request for labor consultations was delivered to the other Party’s contact point; the periods count from delivery.',
    es: 'Fecha en que se entregó la solicitud de consultas laborales al punto de contacto de la otra Parte; los plazos se cuentan desde la entrega.',
  },
  'eventHelp.labor_council_convened': {
    en: 'Date the Labor Affairs Council met on the matter.',
    es: 'Fecha en que el Consejo de Asuntos Laborales se reunió sobre el asunto.',
  },
  'eventHelp.environment_consultations_requested': {
    en: 'Date the request for environmental consultations was delivered to the other Party’s contact point; the periods count from delivery.',
    es: 'Fecha en que se entregó la solicitud de consultas ambientales al punto de contacto de la otra Parte; los plazos se cuentan desde la entrega.',
  },
  'eventHelp.environment_council_convened': {
    en: 'Date the Environmental Affairs Council met on the matter.',
    es: 'Fecha en que el Consejo de Asuntos Ambientales se reunió sobre el asunto.',
  },
  'eventHelp.submission_filed': {
    en: 'Date the person or organization filed the submission with the secretariat.',
    es: 'Fecha en que la persona u organización presentó la petición ante la secretaría.',
  },
  'eventHelp.secretariat_response_requested': {
    en: 'Date the secretariat’s request for a response was delivered to the Party; the 45 days count from delivery.',
    es: 'Fecha en que se entregó a la Parte la solicitud de respuesta de la secretaría; los 45 días se cuentan desde la entrega.',
  },
  'eventHelp.response_extension_notified': {
    en: 'Date the Party notified the secretariat of exceptional circumstances; the response period becomes 60 days from delivery of the request.',
    es: 'Fecha en que la Parte notificó a la secretaría circunstancias excepcionales; el plazo de respuesta pasa a 60 días desde la entrega de la solicitud.',
  },
  'eventHelp.party_response_delivered': {
    en: 'Date the Party’s response was delivered to the secretariat.',
    es: 'Fecha en que se entregó a la secretaría la respuesta de la Parte.',
  },
  'eventHelp.factual_record_recommended': {
    en: 'Date the secretariat informed the Council that the submission warrants a factual record.',
    es: 'Fecha en que la secretaría informó al Consejo que la petición amerita un expediente de hechos.',
  },
  'eventHelp.factual_record_instructed': {
    en: 'Date the secretariat was instructed to prepare a factual record.',
    es: 'Fecha en que se ordenó a la secretaría preparar un expediente de hechos.',
  },
  'eventHelp.draft_factual_record_submitted': {
    en: 'Date the draft factual record was delivered to the Council; the 45 days for comments count from delivery.',
    es: 'Fecha en que se entregó al Consejo el proyecto de expediente de hechos; los 45 días para observaciones se cuentan desde la entrega.',
  },
  'eventHelp.draft_comments_delivered': {
    en: 'Date a Party delivered its comments on the accuracy of the draft.',
    es: 'Fecha en que una Parte entregó sus observaciones sobre la exactitud del proyecto.',
  },
  'eventHelp.final_factual_record_submitted': {
    en: 'Date the final factual record was delivered to the Council; the 60 days to make it public normally count from delivery.',
    es: 'Fecha en que se entregó al Consejo el expediente de hechos final; los 60 días para publicarlo se cuentan normalmente desde la entrega.',
  },
  'eventHelp.factual_record_published': {
    en: 'Date the final factual record was made public.',
    es: 'Fecha en que se publicó el expediente de hechos final.',
  },
  'eventHelp.note': {
    en: 'Any date; a note starts and meets no time limit.',
    es: 'Cualquier fecha; una nota no inicia ni cumple ningún plazo.',
  },
} satisfies Record<`eventHelp.${EventType}`, unknown>);
