// CAFTA-DR matters of the sample casebook (domain-facts §8.1). See casebook.ts
// for the rules every sample case follows.
import type { SampleCase } from './casebook';

const GUATEMALA_LABOR: SampleCase = {
  case: {
    agreement: 'cafta-dr',
    kind: 'dispute',
    title: 'In the Matter of Guatemala – Issues Relating to the Obligations Under Article 16.2.1(a) of the CAFTA-DR',
    complainant: 'USA',
    respondent: 'GTM',
    measure:
      'Alleged failure to effectively enforce Guatemalan labor laws through a sustained or recurring course of action or inaction, in a manner affecting trade (CAFTA-DR Art. 16.2.1(a)).',
    nteCategory: 'labor',
    // The panel did not find that Guatemala failed to conform (final report of 2017-06-14).
    claims: [{ provision: '16.2.1(a)', finding: 'conformity' }],
    status: 'closed',
    leadOfficer: '',
    openedOn: '2010-07-30',
  },
  summary: {
    en: [
      'The first state-to-state dispute under the labor chapter of a US trade agreement. The United States claimed that Guatemala failed to effectively enforce its labor laws, through a sustained or recurring course of action or inaction, in a manner affecting trade (Art. 16.2.1(a)); only that obligation can go to dispute settlement (Art. 16.6.7), and only after cooperative labor consultations (Art. 16.6.8).',
      'Background: on 23 April 2008 the AFL-CIO and six Guatemalan unions filed a public submission with the US Department of Labor (OTLA); OTLA accepted it for review around June 2008 and reported in January 2009 (International Trade Today, 25 June 2008; STR Trade Report, 28 October 2014).',
      'Steps known only by month: cooperative labor consultations were held in September and December 2010 (International Trade Today, 10 August 2011); the Free Trade Commission met in June 2011. The date the panel was constituted is not verified. In 2015 the initial-report deadline moved from 8 September 2015 to 15 December 2015 (IELP blog, September 2015, citing Inside US Trade).',
      'Outcome: the panel found that the United States proved failures to enforce at 8 worksites affecting 74 workers, but not that they occurred "in a manner affecting trade"; the United States "has not proven that Guatemala failed to conform" to Art. 16.2.1(a).',
      'Status closed: the final report of 14 June 2017 ended the proceeding.',
    ].join('\n\n'),
    es: [
      'La primera controversia entre Estados en virtud del capítulo laboral de un acuerdo comercial de los Estados Unidos. Los Estados Unidos alegaron que Guatemala no aplicó efectivamente su legislación laboral, mediante un curso de acción o inacción sostenido o recurrente, de manera que afectara al comercio (Art. 16.2.1(a)); solo esa obligación puede someterse a solución de controversias (Art. 16.6.7), y solo después de consultas laborales cooperativas (Art. 16.6.8).',
      'Antecedentes: el 23 de abril de 2008 la AFL-CIO y seis sindicatos guatemaltecos presentaron una comunicación pública ante el Departamento de Trabajo de los Estados Unidos (OTLA); la OTLA la aceptó para revisión hacia junio de 2008 e informó en enero de 2009 (International Trade Today, 25 de junio de 2008; STR Trade Report, 28 de octubre de 2014).',
      'Actuaciones conocidas solo por el mes: las consultas laborales cooperativas se celebraron en septiembre y diciembre de 2010 (International Trade Today, 10 de agosto de 2011); la Comisión de Libre Comercio se reunió en junio de 2011. La fecha de constitución del grupo arbitral no está verificada. En 2015 el plazo del informe inicial pasó del 8 de septiembre de 2015 al 15 de diciembre de 2015 (blog IELP, septiembre de 2015, citando a Inside US Trade).',
      'Resultado: el grupo arbitral concluyó que los Estados Unidos probaron fallas de aplicación en 8 centros de trabajo que afectaron a 74 trabajadores, pero no que ocurrieran de manera que afectara al comercio ("in a manner affecting trade"); según el informe, los Estados Unidos no probaron que Guatemala incumpliera el Art. 16.2.1(a) ("has not proven that Guatemala failed to conform").',
      'Estado cerrado: el informe final del 14 de junio de 2017 puso fin al procedimiento.',
    ].join('\n\n'),
  },
  events: [
    {
      type: 'labor_consultations_requested',
      date: '2010-07-30',
      text: 'The United States requests cooperative labor consultations with Guatemala under Art. 16.6.1, announced by USTR Kirk and Labor Secretary Solis; the first labor case under a US free trade agreement. Source: USTR press release, 30 July 2010.',
    },
    {
      type: 'commission_meeting_requested',
      date: '2011-05-16',
      text: 'After the labor consultations of September and December 2010 left the matter unresolved, the United States requests a meeting of the Free Trade Commission "pursuant to Article 20.5.2". Source: US Department of Labor (ILAB) Guatemala page.',
    },
    {
      type: 'panel_requested',
      date: '2011-08-09',
      text: 'The United States requests an arbitral panel (Art. 20.6), the Commission having met in June 2011 without resolving the matter. Source: International Trade Today, 10 August 2011.',
    },
    {
      // A note, not panel_composed: the day the last panelist was selected is
      // unverified, and panel_composed would start the Art. 20.13 clock.
      type: 'note',
      date: '2013-03-19',
      text: 'The Department of Labor says the arbitrators have been selected; the date the panel was constituted is not verified. Source: tqbrooks blog, 16 April 2013.',
    },
    {
      type: 'note',
      date: '2013-04-11',
      text: 'The United States and Guatemala announce an "ambitious and comprehensive enforcement plan" (18 points); the panel proceeding is suspended. Source: textilesandtrade blog, 11 April 2013.',
    },
    {
      type: 'note',
      date: '2014-09-18',
      text: 'USTR Froman and Labor Secretary Perez announce that the United States is proceeding with the case; the panel resumes on 19 September 2014. Sources: Lexology; bilaterals.org (Prensa Libre); panel report.',
    },
    {
      type: 'note',
      date: '2014-10-10',
      text: 'Guatemala requests a preliminary procedural ruling. Source: panel report (vdocuments copy).',
    },
    {
      type: 'initial_written_submission',
      date: '2014-11-03',
      text: 'The United States files its initial written submission. Source: panel report (vdocuments copy).',
    },
    {
      type: 'initial_written_submission',
      date: '2015-02-02',
      text: 'Guatemala files its initial written submission. Source: panel report (vdocuments copy).',
    },
    {
      type: 'note',
      date: '2015-03-16',
      text: 'The United States files its rebuttal submission. Source: panel report (vdocuments copy).',
    },
    {
      type: 'final_report_issued',
      date: '2017-06-14',
      text: 'Final report of the panel (Kevin Banks, chair; Theodore R. Posner; Ricardo Ramírez Hernández): failures to enforce proven at 8 worksites affecting 74 workers, but not "in a manner affecting trade"; the United States "has not proven that Guatemala failed to conform" to Art. 16.2.1(a). Sources: final report; IELP blog, June 2017.',
    },
  ],
};

const COSTA_RICA_EL_SALVADOR: SampleCase = {
  case: {
    agreement: 'cafta-dr',
    kind: 'dispute',
    title: 'Tratamiento arancelario a bienes originarios de Costa Rica (CAFTA-DR/ARB/2014/CR-ES)',
    complainant: 'CRI',
    respondent: 'SLV',
    measure:
      'Non-application by El Salvador of CAFTA-DR preferential tariff treatment to goods originating in Costa Rica, including goods made under special export regimes (Arts. 3.3.2 and 4.1; Annexes 3.3 and 4.1).',
    sector: 'Tires; fruit-juice concentrate; tuna',
    // Chapter-level illustrations only: the record names the products, not
    // their tariff lines. Tires: Ch. 40 (rubber). Fruit-juice concentrate:
    // Ch. 20 (preparations of fruit). Tuna: Ch. 03 (fish) or Ch. 16 (prepared
    // fish); the record does not say which, so both are listed.
    hsCodes: ['40', '20', '03', '16'],
    nteCategory: 'import_policies',
    // Not flagged perishable although Ch. 03, 16 and 20 fall within HS 1–24:
    // the record does not show the Parties using the 15-day perishable-goods
    // limits (Art. 20.4.4, 20.5.1), and the flag would make the app apply them.
    perishable: false,
    claims: [
      { provision: 'Art. 3.3.2', finding: 'non_conformity' },
      { provision: 'Art. 4.1', finding: 'non_conformity' },
      { provision: 'Annex 3.3', finding: 'non_conformity' },
      { provision: 'Annex 4.1', finding: 'non_conformity' },
    ],
    status: 'closed',
    leadOfficer: '',
    openedOn: '2014-09-12',
  },
  summary: {
    en: [
      "Tariff treatment of goods originating in Costa Rica. Costa Rica challenged El Salvador's failure to apply CAFTA-DR preferential tariff treatment to Costa Rican originating goods, including goods made under special export regimes. Products at issue included tires, fruit-juice concentrate and tuna.",
      'Steps known only by month or year: Costa Rica started the Chapter 20 process in September 2013 (SELA, 23 January 2014); the Free Trade Commission met in 2013 without agreement (PanAm Post, 15 May 2014); Costa Rica requested an arbitral panel under Arts. 20.5–20.6 in January 2014 (SELA, 23 January 2014); the panel was constituted in April 2014 (youngicca-blog). The case is opened on its earliest exactly dated step.',
      'Finding (Final Report CAFTA-DR/ARB/2014/CR-ES/18, Art. 20.14.1): El Salvador breached Arts. 3.3.2 and 4.1 and Annexes 3.3 and 4.1. The panel suggested an action plan under Art. 20.15.3.',
      'Status closed: the panel proceeding ended with the final report. How El Salvador implemented it is not recorded here (an IELP blog post of February 2018 discusses implementation; its account is not verified for this record).',
    ].join('\n\n'),
    es: [
      'Tratamiento arancelario a bienes originarios de Costa Rica. Costa Rica impugnó que El Salvador no aplicara el trato arancelario preferencial del CAFTA-DR a bienes originarios de Costa Rica, incluidos los producidos al amparo de regímenes especiales de exportación. Entre los productos en cuestión figuraban llantas, concentrado de jugo de frutas y atún.',
      'Actuaciones conocidas solo por el mes o el año: Costa Rica inició el procedimiento del Capítulo 20 en septiembre de 2013 (SELA, 23 de enero de 2014); la Comisión de Libre Comercio se reunió en 2013 sin llegar a un acuerdo (PanAm Post, 15 de mayo de 2014); Costa Rica solicitó un grupo arbitral conforme a los Arts. 20.5–20.6 en enero de 2014 (SELA, 23 de enero de 2014); el grupo arbitral se constituyó en abril de 2014 (youngicca-blog). El caso se abre en su primera actuación de fecha exacta.',
      'Determinación (Informe Final CAFTA-DR/ARB/2014/CR-ES/18, Art. 20.14.1): El Salvador incumplió los Arts. 3.3.2 y 4.1 y los Anexos 3.3 y 4.1. El grupo arbitral sugirió un plan de acción conforme al Art. 20.15.3.',
      'Estado cerrado: el procedimiento ante el grupo arbitral terminó con el informe final. Aquí no se registra cómo lo aplicó El Salvador (una entrada del blog IELP de febrero de 2018 trata de su aplicación; lo que relata no está verificado para este registro).',
    ].join('\n\n'),
  },
  events: [
    {
      type: 'note',
      date: '2014-09-12',
      text: 'The disputing Parties exchange written comments in the panel proceeding. Source: panel record (studylib.es copies).',
    },
    {
      type: 'final_report_issued',
      date: '2014-11-18',
      text: 'Final Report CAFTA-DR/ARB/2014/CR-ES/18 (Art. 20.14.1): El Salvador breached Arts. 3.3.2 and 4.1 and Annexes 3.3 and 4.1 by not applying CAFTA-DR preferences to Costa Rican originating goods, including goods made under special export regimes; the panel suggests an Art. 20.15.3 action plan. Sources: final report (fdocuments copy); IELP blog, February 2018.',
    },
  ],
};

const HONDURAS_SUBMISSION: SampleCase = {
  case: {
    agreement: 'cafta-dr',
    kind: 'committee_matter',
    title: 'DOL Submission 2012-01 (Honduras)',
    complainant: 'USA',
    respondent: 'HND',
    measure: 'Matters raised in a public submission under CAFTA-DR Art. 16.4.3 concerning labor law enforcement in Honduras.',
    sector: 'Apparel; auto parts; agriculture; Port of Cortés',
    nteCategory: 'labor',
    status: 'open',
    leadOfficer: '',
    openedOn: '2012-03-26',
  },
  summary: {
    en: [
      "A public submission to the US Department of Labor's Office of Trade and Labor Affairs (OTLA), the US contact point under Art. 16.4.3, filed by the AFL-CIO and 26 Honduran organizations. Sectors named in the record: apparel, auto parts, agriculture and the Port of Cortés.",
      'Parties: the submitters are not Parties to the agreement, so the record names the United States (whose contact point received the submission) and Honduras.',
      'Kind: recorded as a committee matter, not labor consultations, because our sources show no request for cooperative labor consultations under Art. 16.6.1; the follow-up ran through the OTLA review and a bilateral Monitoring and Action Plan.',
      'Status open: our sources record no closure after the assessment of progress of 14 March 2016.',
    ].join('\n\n'),
    es: [
      'Una comunicación pública presentada por la AFL-CIO y 26 organizaciones hondureñas ante la Oficina de Asuntos Comerciales y Laborales (OTLA, Office of Trade and Labor Affairs) del Departamento de Trabajo de los Estados Unidos, punto de contacto de los Estados Unidos conforme al Art. 16.4.3. Sectores que menciona el registro: confección, autopartes, agricultura y el Puerto de Cortés.',
      'Partes: quienes presentaron la comunicación no son Partes del acuerdo, por lo que el registro indica a los Estados Unidos (cuyo punto de contacto recibió la comunicación) y a Honduras.',
      'Tipo: registrado como asunto de comité y no como consultas laborales, porque nuestras fuentes no muestran ninguna solicitud de consultas laborales cooperativas conforme al Art. 16.6.1; el seguimiento se hizo mediante la revisión de la OTLA y un plan bilateral de monitoreo y acción (Monitoring and Action Plan).',
      'Estado abierto: nuestras fuentes no registran ningún cierre después de la evaluación de avances del 14 de marzo de 2016.',
    ].join('\n\n'),
  },
  events: [
    {
      type: 'note',
      date: '2012-03-26',
      text: 'Submission filed with OTLA by the AFL-CIO and 26 Honduran organizations. Source: Federal Register notices 77 FR 30329 and 77 FR 66870.',
    },
    {
      type: 'note',
      date: '2012-05-14',
      text: 'OTLA accepts the submission for review under Art. 16.4.3; acceptance triggers a 180-day fact-finding and review period. Sources: 77 FR 30329; 77 FR 66870.',
    },
    {
      type: 'note',
      date: '2012-11-07',
      text: 'OTLA gives notice that it is extending the review period. Source: 77 FR 66870 (7 November 2012).',
    },
    {
      type: 'note',
      date: '2015-02-27',
      text: 'OTLA publishes its Public Report of Review. Source: USTR, "Progress on Labor Rights in Honduras" page.',
    },
    {
      type: 'note',
      date: '2015-12-09',
      text: 'Labor Rights Monitoring and Action Plan signed by Labor Secretary Perez and Minister Madero. Source: USTR, "Progress on Labor Rights in Honduras" page.',
    },
    {
      type: 'note',
      date: '2016-03-14',
      text: 'The Department of Labor releases an assessment of progress under the Monitoring and Action Plan. Source: USTR, "Progress on Labor Rights in Honduras" page.',
    },
  ],
};

// Submissions on environmental enforcement matters to the Secretariat for
// Environmental Matters (Art. 17.7–17.8; domain-facts §8.1, SEM case records).
const SEA_TURTLES_DR: SampleCase = {
  case: {
    agreement: 'cafta-dr',
    kind: 'environment_submission',
    title: 'Sea Turtles – Dominican Republic (SEM submission)',
    submitter: 'Humane Society International',
    respondent: 'DOM',
    measure: 'Alleged failure to effectively enforce Dominican environmental laws protecting sea turtles (Art. 17.7).',
    sector: 'Sea turtle shell products',
    nteCategory: 'environment',
    status: 'open',
    leadOfficer: '',
    openedOn: '2007-08-30',
  },
  summary: {
    en: [
      'A submission to the CAFTA-DR Secretariat for Environmental Matters asserting that the Dominican Republic was failing to effectively enforce its environmental laws on the protection of sea turtles; it led to the first factual record under the agreement.',
      'Filed in 2007: the case record shows "05/09/2007", whose day and month order is ambiguous, so the first filing is not given a date here. The record starts with the secretariat\'s first determination.',
      "The secretariat's request for a response is recorded as a note: the day it was delivered to the Dominican Republic is not in our sources, and the 45-day limit of Art. 17.7.5 counts from delivery.",
      'Status open: our sources record no step after the Council considered the factual record on 12 April 2012.',
    ].join('\n\n'),
    es: [
      'Una petición ante la Secretaría de Asuntos Ambientales del CAFTA-DR que afirmaba que la República Dominicana no estaba aplicando efectivamente su legislación ambiental sobre la protección de las tortugas marinas; dio lugar al primer expediente de hechos en el marco del acuerdo.',
      'Presentada en 2007: el expediente del caso muestra «05/09/2007», cuyo orden de día y mes es ambiguo, por lo que aquí no se da fecha a la primera presentación. El registro empieza con la primera determinación de la secretaría.',
      'La solicitud de respuesta de la secretaría se registra como nota: el día en que se entregó a la República Dominicana no consta en nuestras fuentes, y el plazo de 45 días del Art. 17.7.5 se cuenta desde la entrega.',
      'Estado abierto: nuestras fuentes no registran ninguna actuación después de que el Consejo considerara el expediente de hechos el 12 de abril de 2012.',
    ].join('\n\n'),
  },
  events: [
    {
      type: 'note',
      date: '2007-08-30',
      text: 'The secretariat determines under Art. 17.7.2 that the submission as first filed does not meet the criteria of that paragraph. Source: SEM case record (saa-sem.org).',
    },
    {
      type: 'submission_filed',
      date: '2007-10-01',
      text: 'Humane Society International files a revised submission. Source: SEM case record (saa-sem.org).',
    },
    {
      type: 'note',
      date: '2007-12-05',
      text: 'The secretariat determines under Art. 17.7.4 that the submission merits a response from the Dominican Republic; the day the request was delivered is not in the record. Source: SEM case record (saa-sem.org).',
    },
    {
      type: 'note',
      date: '2008-02-13',
      text: 'The Dominican Republic responds by email; its formal response is dated 3 April 2008. Source: SEM case record (saa-sem.org).',
    },
    {
      type: 'factual_record_recommended',
      date: '2008-08-06',
      text: 'Determination under Art. 17.8.1: the secretariat informs the Council that the submission warrants a factual record. Source: SEM case record (saa-sem.org).',
    },
    {
      type: 'note',
      date: '2012-04-12',
      text: 'The Environmental Affairs Council considers the factual record at its 6th meeting, in San Pedro Sula: the first factual record under CAFTA-DR. Sources: SEM case record; caftadr-environment.org, 6th EAC.',
    },
  ],
};

const SEA_TURTLE_COSTA_RICA: SampleCase = {
  case: {
    agreement: 'cafta-dr',
    kind: 'environment_submission',
    title: 'Sea Turtle – DET II – Costa Rica (SEM submission)',
    submitter: 'PRETOMA',
    respondent: 'CRI',
    measure: 'Alleged failure to effectively enforce Costa Rican environmental laws on sea turtle protection (Art. 17.7).',
    sector: 'Fisheries',
    nteCategory: 'environment',
    status: 'closed',
    leadOfficer: '',
    openedOn: '2011-07-13',
  },
  summary: {
    en: [
      'A submission to the CAFTA-DR Secretariat for Environmental Matters by the Costa Rican organization PRETOMA, asserting that Costa Rica was failing to effectively enforce its environmental laws on sea turtles (turtle excluder devices). A person of a Party may file about their own Party.',
      "The 45-day limit for Costa Rica's response (Art. 17.7.5) counts from delivery of the secretariat's request; our sources give only the date of the determination, which is used here as the day counted from.",
      'Status closed: on 28 May 2012 the secretariat determined under Art. 17.8.1 that the submission did not warrant a factual record, and our sources record no later step.',
    ].join('\n\n'),
    es: [
      'Una petición de la organización costarricense PRETOMA ante la Secretaría de Asuntos Ambientales del CAFTA-DR, que afirmaba que Costa Rica no estaba aplicando efectivamente su legislación ambiental sobre tortugas marinas (dispositivos excluidores de tortugas). Una persona de una Parte puede presentar una petición sobre su propia Parte.',
      'El plazo de 45 días para la respuesta de Costa Rica (Art. 17.7.5) se cuenta desde la entrega de la solicitud de la secretaría; nuestras fuentes solo dan la fecha de la determinación, que aquí se toma como el día desde el que se cuenta.',
      'Estado cerrado: el 28 de mayo de 2012 la secretaría determinó conforme al Art. 17.8.1 que la petición no justificaba un expediente de hechos, y nuestras fuentes no registran ninguna actuación posterior.',
    ].join('\n\n'),
  },
  events: [
    {
      type: 'submission_filed',
      date: '2011-07-13',
      text: 'PRETOMA files the submission; the secretariat acknowledges it on 18 July 2011. Source: SEM case record (saa-sem.org).',
    },
    {
      type: 'note',
      date: '2011-08-27',
      text: 'The secretariat issues its determination under Art. 17.7.2. Source: SEM case record (saa-sem.org).',
    },
    {
      type: 'note',
      date: '2011-11-16',
      text: 'Additional information from the submitter. Source: SEM case record (saa-sem.org).',
    },
    {
      type: 'note',
      date: '2011-12-14',
      text: 'Further additional information from the submitter. Source: SEM case record (saa-sem.org).',
    },
    {
      type: 'secretariat_response_requested',
      date: '2012-02-22',
      text: 'Determination under Art. 17.7.4: the secretariat requests a response from Costa Rica (date of the determination; the day of delivery is not in the record). Source: SEM case record (saa-sem.org).',
    },
    {
      type: 'party_response_delivered',
      date: '2012-03-28',
      text: 'Costa Rica responds to the secretariat. Source: SEM case record (saa-sem.org).',
    },
    {
      type: 'note',
      date: '2012-05-28',
      text: 'Determination under Art. 17.8.1: the secretariat finds that the submission does not warrant a factual record. Source: SEM case record (saa-sem.org).',
    },
  ],
};

export const CAFTA_DR_CASES: readonly SampleCase[] = [
  GUATEMALA_LABOR,
  COSTA_RICA_EL_SALVADOR,
  HONDURAS_SUBMISSION,
  SEA_TURTLES_DR,
  SEA_TURTLE_COSTA_RICA,
];
