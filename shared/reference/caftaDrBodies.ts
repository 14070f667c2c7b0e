// CAFTA-DR treaty bodies with their establishing articles (domain-facts §2.1
// and §3, read from the treaty text in the ToTA corpus, pta_23). English names
// follow the English text; Spanish names are working translations for the UI,
// not quotations of the Spanish text, except "Secretaría de Asuntos
// Ambientales", which is the secretariat's own name (domain-facts §6.2).
import type { TreatyBody } from '../agreements/info';
import { body, namedBody } from './bodies';

export const CAFTA_DR_BODIES: readonly TreatyBody[] = [
  namedBody('ftc', 'Art. 19.1', {
    en: 'Cabinet level; meets at least once a year; decides by consensus (Art. 19.1.5–19.1.6). Its members are listed in Annex 19.1, which is not in our treaty corpus.',
    es: 'Nivel ministerial; se reúne al menos una vez al año; decide por consenso (Art. 19.1.5–19.1.6). Sus miembros figuran en el Anexo 19.1, que no consta en nuestro corpus del tratado.',
  }),
  body('fta-coordinators', { en: 'FTA Coordinators', es: 'Coordinadores del Tratado' }, 'Art. 19.2', {
    en: 'Designated per Annex 19.2; prepare Commission agendas and follow up its decisions.',
    es: 'Designados según el Anexo 19.2; preparan la agenda de la Comisión y dan seguimiento a sus decisiones.',
  }),
  namedBody(
    'tcb-committee',
    'Art. 19.4',
    {
      en: 'Meets at least twice a year during the transition period; reports annually to the Commission.',
      es: 'Se reúne al menos dos veces al año durante el período de transición; informa anualmente a la Comisión.',
    },
  ),
  body(
    'customs-working-group',
    {
      en: 'Working Group on Customs Administration and Trade Facilitation',
      es: 'Grupo de Trabajo sobre Administración Aduanera y Facilitación del Comercio',
    },
    'Art. 19.4.8',
    { en: 'The "initial working group" under the capacity-building committee.', es: 'El "grupo de trabajo inicial" del comité de creación de capacidades.' },
  ),
  namedBody('goods-committee', 'Art. 3.30'),
  namedBody('agricultural-trade-committee', 'Art. 3.19', {
    en: 'Established within 90 days of entry into force; meets at least once a year.',
    es: 'Se establece dentro de los 90 días siguientes a la entrada en vigor; se reúne al menos una vez al año.',
  }),
  body('agriculture-review-commission', { en: 'Agriculture Review Commission', es: 'Comisión de Revisión Agrícola' }, 'Art. 3.18', {
    en: 'Established in the 14th year after entry into force; reports to the Commission.',
    es: 'Se establece en el año 14 después de la entrada en vigor; informa a la Comisión.',
  }),
  body(
    'sps-committee',
    { en: 'Committee on Sanitary and Phytosanitary Matters', es: 'Comité de Asuntos Sanitarios y Fitosanitarios' },
    'Art. 6.3',
    { en: 'Members per Annex 6.3; established within 30 days of entry into force.', es: 'Miembros según el Anexo 6.3; se establece dentro de los 30 días siguientes a la entrada en vigor.' },
  ),
  namedBody('tbt-committee', 'Art. 7.8', {
    en: 'Members per Annex 7.8. Its consultations count as Chapter 20 consultations if the Parties agree (Art. 7.8.3).',
    es: 'Miembros según el Anexo 7.8. Sus consultas valen como consultas del Capítulo 20 si las Partes lo acuerdan (Art. 7.8.3).',
  }),
  namedBody('financial-services-committee', 'Art. 12.16'),
  namedBody('labor-affairs-council', 'Art. 16.4', {
    en: 'Cabinet level; each meeting includes a public session.',
    es: 'Nivel ministerial; cada reunión incluye una sesión pública.',
  }),
  namedBody(
    'labor-cooperation-mechanism',
    'Art. 16.5; Annex 16.5',
  ),
  body('labor-roster', { en: 'Labor roster', es: 'Lista de expertos laborales' }, 'Art. 16.7', {
    en: 'Up to 28 individuals: up to 3 nationals of each Party and up to 7 non-nationals.',
    es: 'Hasta 28 personas: hasta 3 nacionales de cada Parte y hasta 7 no nacionales.',
  }),
  namedBody('environmental-affairs-council', 'Art. 17.5', {
    en: 'Cabinet level; meets annually; each meeting includes a public session.',
    es: 'Nivel ministerial; se reúne anualmente; cada reunión incluye una sesión pública.',
  }),
  body(
    'environment-submissions-secretariat',
    { en: 'Secretariat for Environmental Matters (SEM)', es: 'Secretaría de Asuntos Ambientales' },
    'Art. 17.7',
    {
      en: 'Receives submissions on enforcement matters (Art. 17.7) and prepares factual records (Art. 17.8).',
      es: 'Recibe comunicaciones sobre asuntos de aplicación (Art. 17.7) y elabora expedientes de hechos (Art. 17.8).',
    },
  ),
  namedBody(
    'environmental-cooperation-commission',
    'Art. 17.9.4',
    {
      en: 'Created by the separate Environmental Cooperation Agreement (Art. 17.9 and Annex 17.9).',
      es: 'Creada por el Acuerdo de Cooperación Ambiental, instrumento separado (Art. 17.9 y Anexo 17.9).',
    },
  ),
  body('environmental-roster', { en: 'Environmental roster', es: 'Lista de expertos ambientales' }, 'Art. 17.11', {
    en: 'Up to 28 individuals.',
    es: 'Hasta 28 personas.',
  }),
  body('roster', { en: 'Roster of panelists', es: 'Lista de árbitros' }, 'Art. 20.7', {
    en: 'Up to 70 individuals, in effect for at least 3 years. Appointments decided by the Commission on 2011-02-23.',
    es: 'Hasta 70 personas, vigente al menos 3 años. Nombramientos decididos por la Comisión el 2011-02-23.',
  }),
  body(
    'private-disputes-committee',
    { en: 'Advisory Committee on Private Commercial Disputes', es: 'Comité Consultivo de Controversias Comerciales Privadas' },
    'Art. 20.22.4',
    {
      en: 'The Commission "may establish" it; whether it has been established is not recorded here.',
      es: 'La Comisión "podrá establecer" este comité; aquí no consta si se ha establecido.',
    },
  ),
];
