// Reference facts about the three agreements, served by `agreements.list`.
// Sources: domain-facts §1 (names, signature, chapters), §2 (entry into force
// per party) and §3 (bodies; see caftaDrBodies.ts and tpaBodies.ts).
import type { AgreementInfo } from '../agreements/info';
import { AGREEMENT_IDS, type AgreementId } from '../domain/agreements';
import { domainMessages } from '../i18n/messages/domain';
import { CAFTA_DR_BODIES } from './caftaDrBodies';
import { tpaBodies } from './tpaBodies';

// Spanish names: the brief's "Tratado de Libre Comercio entre República
// Dominicana, Centroamérica y los Estados Unidos" is used for CAFTA-DR; the
// agreement's own environment site writes "Tratado de Libre Comercio República
// Dominicana-Centroamérica-Estados Unidos". The TPA names are the ones Peru and
// Colombia use for the agreements ("Acuerdo de Promoción Comercial").
const BY_ID: Readonly<Record<AgreementId, AgreementInfo>> = {
  'cafta-dr': {
    id: 'cafta-dr',
    shortName: domainMessages['agreement.cafta-dr'],
    name: {
      en: 'Dominican Republic–Central America–United States Free Trade Agreement',
      es: 'Tratado de Libre Comercio entre República Dominicana, Centroamérica y los Estados Unidos',
    },
    signedOn: '2004-08-05',
    referencePrefix: 'CAFTA-DR',
    // Entry into force was staggered: each date is when the agreement began to
    // apply between that country and the United States (trade.gov/cafta).
    parties: [
      {
        // The United States has no single date of its own: it applies the
        // agreement bilaterally from each partner's date below (domain-facts §2.1).
        code: 'USA',
        entryIntoForce: null,
        note: {
          en: "The United States applies the agreement bilaterally from each partner's date of entry into force.",
          es: 'Estados Unidos aplica el tratado de forma bilateral desde la fecha de entrada en vigor de cada socio.',
        },
      },
      { code: 'CRI', entryIntoForce: '2009-01-01' },
      { code: 'DOM', entryIntoForce: '2007-03-01' },
      { code: 'SLV', entryIntoForce: '2006-03-01' },
      { code: 'GTM', entryIntoForce: '2006-07-01' },
      { code: 'HND', entryIntoForce: '2006-04-01' },
      { code: 'NIC', entryIntoForce: '2006-04-01' },
    ],
    chapters: { administration: '19', disputeSettlement: '20', labor: '16', environment: '17' },
    bodies: CAFTA_DR_BODIES,
  },
  'us-colombia-tpa': {
    id: 'us-colombia-tpa',
    shortName: domainMessages['agreement.us-colombia-tpa'],
    name: {
      en: 'United States–Colombia Trade Promotion Agreement',
      es: 'Acuerdo de Promoción Comercial entre la República de Colombia y los Estados Unidos de América',
    },
    signedOn: '2006-11-22',
    referencePrefix: 'CTPA',
    parties: [
      { code: 'USA', entryIntoForce: '2012-05-15' },
      { code: 'COL', entryIntoForce: '2012-05-15' },
    ],
    chapters: { administration: '20', disputeSettlement: '21', labor: '17', environment: '18' },
    bodies: tpaBodies('us-colombia-tpa'),
  },
  'us-peru-tpa': {
    id: 'us-peru-tpa',
    shortName: domainMessages['agreement.us-peru-tpa'],
    name: {
      en: 'United States–Peru Trade Promotion Agreement',
      es: 'Acuerdo de Promoción Comercial Perú – Estados Unidos',
    },
    signedOn: '2006-04-12',
    referencePrefix: 'PTPA',
    parties: [
      { code: 'USA', entryIntoForce: '2009-02-01' },
      { code: 'PER', entryIntoForce: '2009-02-01' },
    ],
    chapters: { administration: '20', disputeSettlement: '21', labor: '17', environment: '18' },
    bodies: tpaBodies('us-peru-tpa'),
  },
};

/** The three agreements, in the order of AGREEMENT_IDS. */
export const AGREEMENTS: readonly AgreementInfo[] = AGREEMENT_IDS.map((id) => BY_ID[id]);

export function agreementInfo(id: AgreementId): AgreementInfo {
  return BY_ID[id];
}
