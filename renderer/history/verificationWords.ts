// What "Verify history" found, in plain words in the UI language: intact
// (with how many changes were checked), or which change is the first that no
// longer matches and how far back the history can still be trusted.
import type { HistoryVerification } from '../../shared/history/api';
import type { LocaleTools } from '../i18n/LocaleContext';
import { plural } from '../shell/plural';

export type VerificationWords = Readonly<{ intact: boolean; lines: readonly string[] }>;

type Tools = Pick<LocaleTools, 't' | 'locale' | 'formatNumber' | 'formatDateTime'>;

export function verificationWords(tools: Tools, outcome: HistoryVerification): VerificationWords {
  const { t } = tools;
  if (outcome.intact) {
    return { intact: true, lines: [outcome.entries === 0 ? t('history.verify.empty') : plural(tools, 'history.verify.intact', outcome.entries)] };
  }
  const { id, at, problem } = outcome.firstBad;
  // The date as stored: it may be the very thing that was changed, but it is what the reader can look for.
  const when = Number.isNaN(Date.parse(at)) ? at : tools.formatDateTime(at);
  const params = { id: tools.formatNumber(id), at: when };
  const what = problem === 'altered' ? t('history.verify.altered', params) : t('history.verify.unlinked', params);
  const trust = outcome.entries === 0 ? t('history.verify.trustNone') : plural(tools, 'history.verify.trustedBefore', outcome.entries);
  return { intact: false, lines: [what, trust] };
}
