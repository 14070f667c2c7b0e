// The real meetings of the sample casebook (issue 8 §1), from the research
// notes (domain-facts §8.1–§8.3), with the casebook's rules (db/demo/casebook.ts):
// - a meeting needs the full dates from the source: meetings known only by
//   month or year (CAFTA-DR FTC 3rd, March 2015; US–Peru FTC 1st, February
//   2010, and 4th; CAFTA-DR EAC 14th, October 2021) are left out, never given
//   an invented day;
// - a place not on record is left empty; a number is given where the source
//   numbers the meeting; the chair is not on record for any, so none is set;
// - people are named only where the source names them, with its titles;
// - decisions are the ones the source lists with their date, under their
//   published English titles; one whose date is cut off in the source
//   ("Decision on Remuneration") is left out;
// - agenda items say what the source says was discussed, in both languages,
//   faithful to each other; a sample matter the meeting dealt with is linked
//   by its casebook title.
import type { AgreementId, PartyCode } from '../../shared/domain/agreements';
import type { Localized } from '../../shared/domain/limits';

export type SampleMeeting = Readonly<{
  agreement: AgreementId;
  body: string;
  number: number | null;
  startsOn: string;
  endsOn?: string;
  place: string;
  attendees?: readonly Readonly<{ name: string; party: PartyCode; title: string }>[];
  agenda?: readonly Readonly<{ title: Localized; minutes: Localized; caseTitle?: string }>[];
  decisions?: readonly Readonly<{ text: string; adoptedOn: string }>[];
  /** Where the facts come from, for whoever checks this list (not stored: a meeting has no field for it). */
  source: string;
}>;

const CAFTA_FTC_1 = 'https://ustr.gov/about-us/policy-offices/press-office/press-releases/2011/february/joint-statement-meeting-dominican-republic-centra';
const EAC_LIST = 'https://caftadr-environment.org/environmental-affairs-council';

/** The decisions the CAFTA-DR FTC adopted on 23 February 2011, under the titles its list gives (domain-facts §8.1). */
const CAFTA_FTC_1_DECISIONS = ['Appendix 4.1-B', 'Rules of origin for textile and apparel goods', 'Code of Conduct', 'Model Rules of Procedure', 'Appointment to the Rosters', 'Annex 9.1.2(b)(i)'].map(
  (text) => ({ text, adoptedOn: '2011-02-23' }),
);

/** CAFTA-DR Environmental Affairs Council meetings with full dates (the 1st's place is only inferred, the 2nd is not listed, the 14th has no day). */
const CAFTA_EAC: readonly SampleMeeting[] = [
  { number: 1, startsOn: '2006-05-24', place: '' },
  { number: 3, startsOn: '2007-07-24', place: 'Guatemala City' },
  { number: 4, startsOn: '2009-03-10', place: 'San José' },
  { number: 5, startsOn: '2011-01-27', place: 'Washington DC' },
  { number: 7, startsOn: '2013-05-09', place: 'Santo Domingo' },
  { number: 8, startsOn: '2014-04-02', place: '' },
  { number: 9, startsOn: '2015-07-09', endsOn: '2015-07-10', place: '' },
  { number: 10, startsOn: '2016-07-07', endsOn: '2016-07-08', place: '' },
  { number: 11, startsOn: '2017-06-21', endsOn: '2017-06-22', place: '' },
  { number: 12, startsOn: '2018-06-20', endsOn: '2018-06-21', place: '' },
  { number: 13, startsOn: '2019-11-13', endsOn: '2019-11-14', place: '' },
].map((meeting) => ({ ...meeting, agreement: 'cafta-dr', body: 'environmental-affairs-council', source: EAC_LIST }));

export const SAMPLE_MEETINGS: readonly SampleMeeting[] = [
  {
    agreement: 'cafta-dr',
    body: 'ftc',
    number: 1,
    startsOn: '2011-02-22',
    endsOn: '2011-02-23',
    place: 'San Salvador',
    attendees: [{ name: 'Miriam Sapiro', party: 'USA', title: 'Deputy USTR' }],
    decisions: CAFTA_FTC_1_DECISIONS,
    source: CAFTA_FTC_1,
  },
  {
    agreement: 'cafta-dr',
    body: 'ftc',
    number: 2,
    startsOn: '2012-01-23',
    place: 'Miami',
    agenda: [
      {
        title: { en: 'Rules of origin', es: 'Reglas de origen' },
        minutes: {
          en: 'The Commission agreed to consider modifying rules of origin, which led to the Federal Register notice of 17 February 2012.',
          es: 'La Comisión acordó considerar la modificación de reglas de origen, lo que dio lugar al aviso del Federal Register del 17 de febrero de 2012.',
        },
      },
    ],
    source: 'https://ustr.gov/about-us/policy-offices/press-office/press-releases/2012/january/joint-statement-meeting-dominican-republic-central',
  },
  { agreement: 'cafta-dr', body: 'labor-affairs-council', number: 1, startsOn: '2008-11-21', place: 'San Salvador', source: 'https://dol.gov/newsroom/releases/ilab/ilab20081121' },
  ...CAFTA_EAC,
  {
    agreement: 'cafta-dr',
    body: 'environmental-affairs-council',
    number: 6,
    startsOn: '2012-04-12',
    place: 'San Pedro Sula',
    agenda: [
      {
        title: { en: 'First factual record: Sea Turtles – Dominican Republic', es: 'Primer expediente de hechos: tortugas marinas – República Dominicana' },
        minutes: { en: 'The Council considered the first factual record.', es: 'El Consejo examinó el primer expediente de hechos.' },
        caseTitle: 'Sea Turtles – Dominican Republic (SEM submission)',
      },
    ],
    source: EAC_LIST,
  },
  {
    agreement: 'us-colombia-tpa',
    body: 'ftc',
    number: 1,
    startsOn: '2012-11-19',
    place: 'Washington',
    attendees: [
      { name: 'Miriam Sapiro', party: 'USA', title: 'Deputy USTR' },
      { name: 'Gabriel Duque', party: 'COL', title: 'Vice Minister' },
    ],
    agenda: [
      {
        title: { en: 'Tariffs, dispute settlement and rules of origin', es: 'Aranceles, solución de controversias y reglas de origen' },
        minutes: {
          en: 'Agreed to consider accelerating tariffs, timeframes to implement the dispute settlement mechanism, and rules-of-origin updates.',
          es: 'Se acordó considerar la aceleración de aranceles, plazos para aplicar el mecanismo de solución de controversias y la actualización de las reglas de origen.',
        },
      },
      {
        title: { en: 'Reports of the committees', es: 'Informes de los comités' },
        minutes: { en: 'Reviewed the TBT, agriculture and SPS committees.', es: 'Se examinaron los comités de OTC, agricultura y MSF.' },
      },
    ],
    source: 'http://www.textileworld.com/textile-world/textile-news/2012/12/u-s-colombia-ftc-concludes-first-meeting/',
  },
  {
    agreement: 'us-colombia-tpa',
    body: 'labor-affairs-council',
    number: 1,
    startsOn: '2013-06-04',
    endsOn: '2013-06-05',
    place: 'Washington',
    source: 'https://www.dol.gov/_Sec/media/speeches/20130605_US-Columbia.htm',
  },
  {
    agreement: 'us-colombia-tpa',
    body: 'environmental-affairs-council',
    number: 1,
    startsOn: '2013-12-18',
    endsOn: '2013-12-19',
    place: 'Washington',
    agenda: [
      {
        title: { en: 'Environmental cooperation work program', es: 'Programa de trabajo de cooperación ambiental' },
        minutes: {
          en: 'Held with the Environmental Cooperation Commission; the 2014–2017 work program under the Environmental Cooperation Agreement was signed.',
          es: 'Celebrada junto con la Comisión de Cooperación Ambiental; se firmó el programa de trabajo 2014–2017 del Acuerdo de Cooperación Ambiental.',
        },
      },
    ],
    source: 'WireNews / State Department, 18 December 2013',
  },
  {
    agreement: 'us-colombia-tpa',
    body: 'ftc',
    number: 2,
    startsOn: '2018-08-02',
    place: 'Washington',
    agenda: [
      {
        title: { en: 'Issues raised', es: 'Temas planteados' },
        minutes: {
          en: 'Intellectual property, digital trade and telecommunications, services, agriculture, textile and apparel, truck scrappage; labor follow-up on DOL Submission 2016-02.',
          es: 'Propiedad intelectual, comercio digital y telecomunicaciones, servicios, agricultura, textiles y confección, desintegración de camiones; seguimiento laboral de la comunicación 2016-02 del DOL.',
        },
      },
    ],
    source: 'https://ustr.gov/about-us/policy-offices/press-office/press-releases/2018/august/united-states-and-colombia-meet',
  },
  {
    agreement: 'us-colombia-tpa',
    body: 'ftc',
    number: 3,
    startsOn: '2021-10-22',
    place: '',
    attendees: [
      { name: 'Daniel Watson', party: 'USA', title: 'AUSTR' },
      { name: 'Andrés Cárdenas', party: 'COL', title: 'Vice Minister' },
    ],
    agenda: [
      {
        title: { en: 'Reports of the committees', es: 'Informes de los comités' },
        minutes: {
          en: 'Received reports from the Agricultural Trade, SPS and TBT committees. Agreed to hold an Environmental Affairs Council in 2022.',
          es: 'Se recibieron los informes de los comités de Comercio Agrícola, MSF y OTC. Se acordó celebrar un Consejo de Asuntos Ambientales en 2022.',
        },
      },
    ],
    source: 'mti-worldwide.com copy of the USTR statement',
  },
  {
    agreement: 'us-peru-tpa',
    body: 'ftc',
    number: 2,
    startsOn: '2011-07-13',
    place: 'Lima',
    agenda: [
      {
        title: { en: 'Forestry and Wildlife Law', es: 'Ley Forestal y de Fauna Silvestre' },
        minutes: { en: 'The Commission noted Peru’s new Forestry and Wildlife Law.', es: 'La Comisión tomó nota de la nueva Ley Forestal y de Fauna Silvestre del Perú.' },
      },
    ],
    source: 'domain-facts §8.3',
  },
  {
    agreement: 'us-peru-tpa',
    body: 'ftc',
    number: 3,
    startsOn: '2013-06-06',
    place: 'Washington',
    agenda: [
      {
        title: { en: 'Rules of origin and tariff schedules', es: 'Reglas de origen y listas arancelarias' },
        minutes: {
          en: 'Agreed to update product-specific rules of origin and tariff schedules for HS 2007/2012.',
          es: 'Se acordó actualizar las reglas de origen específicas por producto y las listas arancelarias al SA 2007/2012.',
        },
      },
    ],
    source: 'STR report, 11 June 2013',
  },
  {
    agreement: 'us-peru-tpa',
    body: 'ftc',
    number: 5,
    startsOn: '2015-11-12',
    place: 'Washington',
    source: 'https://ustr.gov/index.php/about-us/policy-offices/press-office/press-releases/2015/november/joint-statement-fifth-united',
  },
  {
    agreement: 'us-peru-tpa',
    body: 'ftc',
    number: 6,
    startsOn: '2024-02-15',
    place: 'Lima',
    agenda: [
      {
        title: { en: 'Reports of the committees and councils', es: 'Informes de los comités y consejos' },
        minutes: {
          en: 'Received reports from the Environmental Affairs Council, the Sub-Committee on Forest Sector Governance, the Environmental Cooperation Commission, the TBT and SPS committees, and the Committee on Trade in Goods (rules of origin; customs administration and trade facilitation).',
          es: 'Se recibieron informes del Consejo de Asuntos Ambientales, el Subcomité de Gobernanza del Sector Forestal, la Comisión de Cooperación Ambiental, los comités de OTC y MSF, y el Comité de Comercio de Mercancías (reglas de origen; administración aduanera y facilitación del comercio).',
        },
      },
      {
        title: { en: 'The 2015 labor submission', es: 'La comunicación laboral de 2015' },
        minutes: { en: 'The status of the 2015 labor submission was discussed.', es: 'Se trató la situación de la comunicación laboral de 2015.' },
      },
    ],
    source: 'https://ustr.gov/about-us/policy-offices/press-office/press-releases/2024/february/joint-statement-sixth-united-states-peru-fta-free-trade-commission-meeting',
  },
  {
    agreement: 'us-peru-tpa',
    body: 'environmental-affairs-council',
    number: 3,
    startsOn: '2012-05-29',
    endsOn: '2012-05-31',
    place: 'Washington',
    agenda: [
      {
        title: { en: 'Joint meetings', es: 'Reuniones conjuntas' },
        minutes: {
          en: 'Held with the 5th meeting of the Sub-Committee on Forest Sector Governance and the 2nd of the Environmental Cooperation Commission.',
          es: 'Celebrada junto con la 5.ª reunión del Subcomité de Gobernanza del Sector Forestal y la 2.ª de la Comisión de Cooperación Ambiental.',
        },
      },
    ],
    source: 'USTR joint communiqué, June 2012 (web archive)',
  },
  {
    agreement: 'us-peru-tpa',
    body: 'environmental-affairs-council',
    number: null,
    startsOn: '2019-02-21',
    place: '',
    agenda: [
      {
        title: { en: 'Consultations on OSINFOR (Art. 18.12)', es: 'Consultas sobre el OSINFOR (art. 18.12)' },
        minutes: {
          en: 'The Council met on the matter of the first environment consultations under the PTPA.',
          es: 'El Consejo se reunió sobre el asunto de las primeras consultas ambientales en el marco del APC.',
        },
        caseTitle: 'First-Ever Environment Consultations Under the U.S.-Peru Trade Promotion Agreement (PTPA)',
      },
    ],
    source: 'USTR press release, 9 April 2019',
  },
];
