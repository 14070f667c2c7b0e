// Treaty bodies of the US–Peru and US–Colombia TPAs (domain-facts §2.2–§2.3
// and §3; ToTA pta_156 and pta_342). The two texts are identical for these
// provisions (domain-facts §0 diffed Chapters 20–21, 17.2–17.7 and 18.3–18.12),
// so one list serves both; only the environmental secretariat, the cooperation
// agreement and Peru's forest annex differ. Spanish names are working
// translations for the UI, not quotations of the Spanish texts.
import type { TreatyBody } from '../agreements/info';
import type { AgreementId } from '../domain/agreements';
import { body, unverifiedBody, namedBody, namedUnverifiedBody } from './bodies';

type TpaId = Extract<AgreementId, 'us-peru-tpa' | 'us-colombia-tpa'>;

const COMMON_BODIES: readonly TreatyBody[] = [
  namedBody('ftc', 'Art. 20.1', {
    en: 'Cabinet level; meets at least once a year; decides by consensus. Its members are listed in Annex 20.1, which is not in our treaty corpus.',
    es: 'Nivel ministerial; se reúne al menos una vez al año; decide por consenso. Sus miembros figuran en el Anexo 20.1, que no consta en nuestro corpus del tratado.',
  }),
  body('fta-coordinators', { en: 'FTA Coordinators', es: 'Coordinadores del Acuerdo' }, 'Art. 20.2'),
  namedBody(
    'tcb-committee',
    'Art. 20.4',
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
    'Art. 20.4.7',
  ),
  namedBody('goods-committee', 'Art. 2.13', {
    en: 'Also reviews conversion to HS 2007 and settles HS classification differences (Art. 2.13(d)–(e)).',
    es: 'También revisa la conversión al SA 2007 y resuelve diferencias de clasificación arancelaria (Art. 2.13(d)–(e)).',
  }),
  namedBody('agricultural-trade-committee', 'Art. 2.21', {
    en: 'Established within 180 days of entry into force; meets at least once a year.',
    es: 'Se establece dentro de los 180 días siguientes a la entrada en vigor; se reúne al menos una vez al año.',
  }),
  body(
    'textile-committee',
    { en: 'Committee on Textile and Apparel Trade Matters', es: 'Comité de Asuntos Comerciales de Textiles y Prendas de Vestir' },
    'Art. 3.4',
  ),
  body(
    'sps-committee',
    { en: 'Standing Committee on Sanitary and Phytosanitary Matters', es: 'Comité Permanente de Asuntos Sanitarios y Fitosanitarios' },
    'Art. 6.3',
    { en: 'Established within 30 days of entry into force.', es: 'Se establece dentro de los 30 días siguientes a la entrada en vigor.' },
  ),
  namedBody('tbt-committee', 'Art. 7.7', {
    en: 'Its consultations count as Chapter 21 consultations (Art. 7.7.4), after a 60-day effort to resolve the matter (Art. 7.7.3).',
    es: 'Sus consultas valen como consultas del Capítulo 21 (Art. 7.7.4), tras 60 días de esfuerzos por resolver el asunto (Art. 7.7.3).',
  }),
  body('procurement-committee', { en: 'Committee on Procurement', es: 'Comité de Contratación Pública' }, 'Art. 9.15'),
  namedBody('financial-services-committee', 'Art. 12.16'),
  body('competition-working-group', { en: 'Competition working group', es: 'Grupo de trabajo sobre competencia' }, 'Art. 13.4', {
    en: 'Reports to the Commission within 3 years of entry into force.',
    es: 'Informa a la Comisión dentro de los 3 años siguientes a la entrada en vigor.',
  }),
  namedBody('labor-affairs-council', 'Art. 17.5', {
    en: 'First meeting within one year of entry into force; public session.',
    es: 'Primera reunión dentro del primer año de vigencia; sesión pública.',
  }),
  namedBody(
    'labor-cooperation-mechanism',
    'Art. 17.6; Annex 17.6',
  ),
  namedBody('environmental-affairs-council', 'Art. 18.6', {
    en: 'Senior officials with environmental responsibilities; meets annually; public session.',
    es: 'Altos funcionarios con responsabilidades ambientales; se reúne anualmente; sesión pública.',
  }),
  body('roster', { en: 'Indicative roster of panelists', es: 'Lista indicativa de árbitros' }, 'Art. 21.7', {
    en: '3 nationals of each Party and 2 non-nationals, in effect for at least 3 years.',
    es: '3 nacionales de cada Parte y 2 no nacionales, vigente al menos 3 años.',
  }),
];

const PERU_BODIES: readonly TreatyBody[] = [
  body(
    'environment-submissions-secretariat',
    {
      en: 'Secretariat for Submissions on Environmental Enforcement Matters',
      es: 'Secretaría para las comunicaciones sobre asuntos de cumplimiento ambiental',
    },
    'Art. 18.8',
    {
      en: 'Housed at the OAS in Washington, DC (saca-seem.org); works under the direction of the Environmental Affairs Council.',
      es: 'Con sede en la OEA en Washington, DC (saca-seem.org); actúa bajo la dirección del Consejo de Asuntos Ambientales.',
    },
  ),
  namedUnverifiedBody(
    'environmental-cooperation-commission',
    {
      en: 'Set up under the separate US–Peru Environmental Cooperation Agreement, not the TPA; the establishing article is not verified here.',
      es: 'Establecida en el Acuerdo de Cooperación Ambiental Perú–EE. UU., instrumento separado del APC; el artículo constitutivo no está verificado.',
    },
  ),
  // Annex 18.3.4 text is not in the ToTA corpus; only paragraph 7
  // (verifications) and the OSINFOR clause are verified (domain-facts §11).
  unverifiedBody(
    'forest-sub-committee',
    { en: 'Sub-Committee on Forest Sector Governance', es: 'Subcomité de Gobernanza del Sector Forestal' },
    {
      en: 'Established under Annex 18.3.4 (Forest Sector Governance); the paragraph that establishes it is not verified. Meets alongside the Environmental Affairs Council (USTR communiqués 2012, 2016, 2024).',
      es: 'Establecido en el Anexo 18.3.4 (Gobernanza del Sector Forestal); no está verificado qué párrafo lo establece. Se reúne junto con el Consejo de Asuntos Ambientales (comunicados de USTR de 2012, 2016 y 2024).',
    },
  ),
];

const COLOMBIA_BODIES: readonly TreatyBody[] = [
  body(
    'environment-submissions-secretariat',
    { en: 'Secretariat for Environmental Enforcement Matters', es: 'Secretaría para asuntos de cumplimiento ambiental' },
    'Art. 18.8',
    {
      en: 'Set up by exchange of letters under Art. 18.8 (uscolombiasalaseem.org); its date of establishment is not verified.',
      es: 'Creada por canje de notas conforme al Art. 18.8 (uscolombiasalaseem.org); su fecha de creación no está verificada.',
    },
  ),
  namedUnverifiedBody(
    'environmental-cooperation-commission',
    {
      en: 'Set up under the separate US–Colombia Environmental Cooperation Agreement (signed 2013-04-19), not the TPA; the establishing article is not verified here.',
      es: 'Establecida en el Acuerdo de Cooperación Ambiental Colombia–EE. UU. (firmado el 2013-04-19), instrumento separado del APC; el artículo constitutivo no está verificado.',
    },
  ),
];

export function tpaBodies(agreement: TpaId): readonly TreatyBody[] {
  switch (agreement) {
    case 'us-peru-tpa':
      return [...COMMON_BODIES, ...PERU_BODIES];
    case 'us-colombia-tpa':
      return [...COMMON_BODIES, ...COLOMBIA_BODIES];
    default: {
      const unhandled: never = agreement;
      throw new Error(`No TPA body list for ${String(unhandled)}`);
    }
  }
}
