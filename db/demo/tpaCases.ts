// US–Peru and US–Colombia TPA matters of the sample casebook (domain-facts
// §5.3, §8.2, §8.3). See casebook.ts for the rules every sample case follows.
import type { SampleCase } from './casebook';

const PERU_OSINFOR: SampleCase = {
  case: {
    agreement: 'us-peru-tpa',
    kind: 'environment_consultation',
    title: 'First-Ever Environment Consultations Under the U.S.-Peru Trade Promotion Agreement (PTPA)',
    complainant: 'USA',
    respondent: 'PER',
    measure: "Peru's Supreme Decree 122-2018-PCM (14 December 2018) placing OSINFOR under the Ministry of Environment (Annex 18.3.4).",
    sector: 'Forestry (timber oversight)',
    nteCategory: 'environment',
    status: 'resolved',
    leadOfficer: '',
    openedOn: '2019-01-04',
  },
  summary: {
    en: [
      'The United States requested consultations under Art. 18.12.1 about Peru\'s Supreme Decree 122-2018-PCM (published 14 December 2018), which moved the Agency for the Supervision of Forest Resources and Wildlife (OSINFOR) from a separate and independent agency to a position under the Ministry of Environment (MINAM). The PTPA Annex on Forest Sector Governance (Annex 18.3.4) says: "OSINFOR shall be an independent and separate agency and its mandate shall include supervision of verification of all timber concessions and permits." These were the first consultations requested under the PTPA.',
      'The Environmental Affairs Council met 48 days after the request, inside the 60 days after which the United States could have taken the matter to Chapter 21 (Art. 18.12.6).',
      "Status resolved: Peru's Supreme Decree 066-2019-PCM annulled the December 2018 decision and returned OSINFOR to reporting directly to the Prime Minister (USTR press release, 9 April 2019).",
    ].join('\n\n'),
    es: [
      'Los Estados Unidos solicitaron consultas conforme al Art. 18.12.1 sobre el Decreto Supremo 122-2018-PCM del Perú (publicado el 14 de diciembre de 2018), que hizo pasar al Organismo de Supervisión de los Recursos Forestales y de Fauna Silvestre (OSINFOR) de organismo separado e independiente a depender del Ministerio del Ambiente (MINAM). El Anexo del APC Perú–EE. UU. sobre gobernanza del sector forestal (Anexo 18.3.4) dice, en su texto en inglés: "OSINFOR shall be an independent and separate agency and its mandate shall include supervision of verification of all timber concessions and permits" (el OSINFOR será un organismo independiente y separado, y su mandato incluirá la supervisión de la verificación de todas las concesiones y permisos madereros). Fueron las primeras consultas solicitadas en el marco de ese acuerdo.',
      'El Consejo de Asuntos Ambientales se reunió 48 días después de la solicitud, dentro de los 60 días tras los cuales los Estados Unidos habrían podido llevar el asunto al Capítulo 21 (Art. 18.12.6).',
      'Estado resuelto: el Decreto Supremo 066-2019-PCM del Perú anuló la decisión de diciembre de 2018 y volvió a hacer depender al OSINFOR directamente del presidente del Consejo de Ministros (comunicado de prensa de USTR, 9 de abril de 2019).',
    ].join('\n\n'),
  },
  events: [
    {
      type: 'environment_consultations_requested',
      date: '2019-01-04',
      text: "The United States requests consultations with Peru under Art. 18.12.1 about Supreme Decree 122-2018-PCM, which moved OSINFOR under the Ministry of Environment; the first consultations requested under the PTPA. Source: USTR press release, 4 January 2019.",
    },
    {
      // A note rather than consultations_held: these were the environment
      // chapter's own consultations (Art. 18.12.2), not Chapter 21 consultations.
      type: 'note',
      date: '2019-01-30',
      text: 'The United States and Peru hold technical consultations (Art. 18.12.2), then refer the matter to the Environmental Affairs Council. Source: USTR press release, 9 April 2019, as reported by FreightWaves.',
    },
    {
      type: 'environment_council_convened',
      date: '2019-02-21',
      text: 'The Environmental Affairs Council meets on the matter (Art. 18.12.4), 48 days after the request. Source: USTR press release, 9 April 2019, as reported by FreightWaves.',
    },
    {
      type: 'resolution_agreed',
      date: '2019-04-09',
      text: "Peru's Council of Ministers publishes Supreme Decree 066-2019-PCM, annulling the December 2018 decision and returning OSINFOR to report directly to the Prime Minister; USTR announces the concerns resolved. Source: USTR press release, 9 April 2019.",
    },
  ],
};

const PERU_TIMBER: SampleCase = {
  case: {
    agreement: 'us-peru-tpa',
    kind: 'committee_matter',
    title: 'Timber verifications under the PTPA Annex on Forest Sector Governance (Annex 18.3.4)',
    complainant: 'USA',
    respondent: 'PER',
    measure: 'Verification, at the request of the United States, of particular timber shipments from Peru (Annex 18.3.4, paragraph 7).',
    sector: 'Timber / wood products',
    // Chapter 44 (wood and articles of wood): the verified shipments were timber.
    hsCodes: ['44'],
    nteCategory: 'environment',
    status: 'open',
    leadOfficer: '',
    openedOn: '2016-02-26',
  },
  summary: {
    en: [
      "Verifications of particular timber shipments that the US Interagency Committee on Trade in Timber Products from Peru (the Timber Committee, set up under P.L. 110-138) requested from Peru under paragraph 7 of Annex 18.3.4, and the enforcement actions that followed. Kind: recorded as a committee matter because it runs through the Timber Committee and the Annex, not through consultations or a panel. The 2019 consultations on OSINFOR's independence are recorded separately.",
      'Steps known only by month: in August 2016 the Timber Committee commented on Peru\'s report, in which OSINFOR found "significant portions" of the 2015 shipment non-compliant; in July 2018 Peru\'s verification report found one Inversiones WCA shipment non-compliant; in September 2018 the Timber Committee responded to the three-shipment verification; in July 2022 the WCA block was continued "until the Government of Peru demonstrates" compliance (reported 27 July 2022).',
      'Status open: our sources record continuing enforcement and no closure.',
    ].join('\n\n'),
    es: [
      'Verificaciones de determinados embarques de madera que el comité interinstitucional de los Estados Unidos sobre el comercio de productos madereros del Perú (Interagency Committee on Trade in Timber Products from Peru, o Timber Committee, creado por la ley P.L. 110-138) solicitó al Perú conforme al párrafo 7 del Anexo 18.3.4, y las medidas de aplicación que siguieron. Tipo: registrado como asunto de comité porque se tramita a través del Timber Committee y del Anexo, no mediante consultas ni un grupo arbitral. Las consultas de 2019 sobre la independencia del OSINFOR se registran por separado.',
      'Actuaciones conocidas solo por el mes: en agosto de 2016 el Timber Committee comentó el informe del Perú, en el que el OSINFOR halló que partes significativas ("significant portions") del embarque de 2015 no cumplían; en julio de 2018 el informe de verificación del Perú halló que un embarque de Inversiones WCA no cumplía; en septiembre de 2018 el Timber Committee respondió a la verificación de tres embarques; en julio de 2022 se mantuvo el bloqueo a WCA hasta que el Gobierno del Perú demuestre el cumplimiento ("until the Government of Peru demonstrates"), según se informó el 27 de julio de 2022.',
      'Estado abierto: nuestras fuentes registran medidas de aplicación continuas y ningún cierre.',
    ].join('\n\n'),
  },
  events: [
    {
      type: 'note',
      date: '2016-02-26',
      text: 'The Timber Committee makes its first verification request, for a 2015 shipment from Inversiones Oroza imported through the Port of Houston. Source: USTR press release, 26 February 2016.',
    },
    {
      type: 'note',
      date: '2017-10-19',
      text: 'First enforcement action: CBP is directed to deny entry to timber from Inversiones Oroza for 3 years, or until compliance is shown. Source: USTR press release, 19 October 2017.',
    },
    {
      type: 'note',
      date: '2018-02-26',
      text: 'Second verification request, covering three 2017 shipments. Source: USTR press release, 26 February 2018.',
    },
    {
      type: 'note',
      date: '2019-07-26',
      text: 'Second enforcement action: CBP is to deny entry to timber from Inversiones WCA E.I.R.L. for 3 years, or until compliance is shown. Source: USTR press release, 26 July 2019.',
    },
    {
      type: 'note',
      date: '2020-10-19',
      text: 'The denial of entry for Inversiones Oroza is renewed; USTR calls it the third enforcement action. Source: USTR press release, 19 October 2020.',
    },
    {
      type: 'note',
      date: '2023-10-19',
      text: 'USTR issues the press release "USTR Announces Enforcement Action to Block Illegal Timber Imports from Peru". Which exporter it concerns is not verified in our sources. Source: USTR press release, 19 October 2023 (mail-archive copy).',
    },
  ],
};

const COLOMBIA_SUBMISSION: SampleCase = {
  case: {
    agreement: 'us-colombia-tpa',
    kind: 'committee_matter',
    title: 'DOL Submission 2016-02 (Colombia)',
    complainant: 'USA',
    respondent: 'COL',
    measure: "Matters raised in a public submission under CTPA Art. 17.5.5 concerning Colombia's obligations under the Labor Chapter (Chapter 17).",
    nteCategory: 'labor',
    status: 'open',
    leadOfficer: '',
    openedOn: '2016-05-16',
  },
  summary: {
    en: [
      "The first public submission under CTPA Chapter 17, filed with the US Department of Labor's Office of Trade and Labor Affairs (OTLA), the US contact point, by the AFL-CIO and five Colombian organizations (CUT, CTC, COLJUSTICIA, SINTRAINAGRO, USO). OTLA accepted it under Art. 17.5.5; its Public Report of Review came 180 days later. Labor follow-up on the submission was raised at the 2nd Free Trade Commission meeting.",
      "Parties: the submitters are not Parties to the agreement, so the record names the United States (whose contact point received the submission) and Colombia. The report's findings and recommendations are not summarized here because our sources do not give them.",
      'Kind: recorded as a committee matter, not labor consultations, because our sources show no request for cooperative labor consultations under Art. 17.7.1; follow-up has run through the contact points and the Free Trade Commission.',
      'Status open: our sources record no closure of the follow-up.',
      'One secondary summary (Lexology) dates the filing to 2015; the report itself says 2016.',
    ].join('\n\n'),
    es: [
      'La primera comunicación pública en virtud del Capítulo 17 del APC Colombia–EE. UU., presentada por la AFL-CIO y cinco organizaciones colombianas (CUT, CTC, COLJUSTICIA, SINTRAINAGRO, USO) ante la Oficina de Asuntos Comerciales y Laborales (OTLA, Office of Trade and Labor Affairs) del Departamento de Trabajo de los Estados Unidos, punto de contacto de los Estados Unidos. La OTLA la aceptó conforme al Art. 17.5.5; su informe público de revisión (Public Report of Review) llegó 180 días después. El seguimiento laboral de la comunicación se planteó en la 2.ª reunión de la Comisión de Libre Comercio.',
      'Partes: quienes presentaron la comunicación no son Partes del acuerdo, por lo que el registro indica a los Estados Unidos (cuyo punto de contacto recibió la comunicación) y a Colombia. Las conclusiones y recomendaciones del informe no se resumen aquí porque nuestras fuentes no las dan.',
      'Tipo: registrado como asunto de comité y no como consultas laborales, porque nuestras fuentes no muestran ninguna solicitud de consultas laborales cooperativas conforme al Art. 17.7.1; el seguimiento se ha hecho a través de los puntos de contacto y de la Comisión de Libre Comercio.',
      'Estado abierto: nuestras fuentes no registran el cierre del seguimiento.',
      'Un resumen secundario (Lexology) fecha la presentación en 2015; el propio informe dice 2016.',
    ].join('\n\n'),
  },
  events: [
    {
      type: 'note',
      date: '2016-05-16',
      text: 'Submission filed with OTLA by the AFL-CIO and five Colombian organizations (CUT, CTC, COLJUSTICIA, SINTRAINAGRO, USO). Source: OTLA Public Report of Review, 11 January 2017.',
    },
    {
      type: 'note',
      date: '2016-07-15',
      text: 'OTLA accepts the submission for review under CTPA Art. 17.5.5. Source: 81 FR 46713 (18 July 2016).',
    },
    {
      type: 'note',
      date: '2017-01-11',
      text: 'OTLA issues its Public Report of Review of Submission 2016-02. Source: the report (pdfslide.us copy).',
    },
    {
      type: 'note',
      date: '2018-08-02',
      text: 'Labor follow-up on Submission 2016-02 is raised at the 2nd meeting of the Free Trade Commission, Washington. Source: USTR press release on the meeting, August 2018.',
    },
  ],
};

// A submission to the US–Peru secretariat (SACA-SEEM, Art. 18.8; domain-facts §8.3).
const PERU_RAMSAR: SampleCase = {
  case: {
    agreement: 'us-peru-tpa',
    kind: 'environment_submission',
    title: '"Ramsar" (SACA-SEEM submission)',
    submitter: 'Comité Interinstitucional… Laguna Alto Perú',
    respondent: 'PER',
    measure: 'Alleged failure to effectively enforce Peruvian environmental laws concerning a Ramsar wetland (Art. 18.8).',
    nteCategory: 'environment',
    status: 'closed',
    leadOfficer: '',
    openedOn: '2018-07-05',
  },
  summary: {
    en: [
      'A submission to the Secretariat for Submissions on Environmental Enforcement Matters under the US–Peru TPA (SACA-SEEM, housed at the OAS in Washington), asserting that Peru was failing to effectively enforce its environmental laws in a matter concerning a Ramsar wetland (Laguna Alto Perú).',
      'The submitter\'s name is shortened in our source ("Comité Interinstitucional… Laguna Alto Perú") and kept as given. What the determination decided is not summarized here because our sources give only its reference and date.',
      "Status closed, as the secretariat's list of submissions shows it.",
    ].join('\n\n'),
    es: [
      'Una petición ante la secretaría de peticiones sobre el cumplimiento de la legislación ambiental del APC Perú–EE. UU. (SACA-SEEM; en inglés, Secretariat for Submissions on Environmental Enforcement Matters, con sede en la OEA en Washington), que afirmaba que el Perú no estaba aplicando efectivamente su legislación ambiental en un asunto relativo a un humedal Ramsar (Laguna Alto Perú).',
      'El nombre del peticionario aparece abreviado en nuestra fuente («Comité Interinstitucional… Laguna Alto Perú») y se conserva tal cual. Lo que decidió la determinación no se resume aquí porque nuestras fuentes solo dan su referencia y su fecha.',
      'Estado cerrado, tal como figura en la lista de peticiones de la secretaría.',
    ].join('\n\n'),
  },
  events: [
    {
      type: 'submission_filed',
      date: '2018-07-05',
      text: 'Submission filed with SACA-SEEM. Source: saca-seem.org, list of submissions.',
    },
    {
      type: 'note',
      date: '2018-12-28',
      text: 'The secretariat issues Determination SACA-SEEM/PE/002/2018/D1. Source: saca-seem.org, list of submissions.',
    },
  ],
};

export const TPA_CASES: readonly SampleCase[] = [PERU_OSINFOR, PERU_TIMBER, COLOMBIA_SUBMISSION, PERU_RAMSAR];
