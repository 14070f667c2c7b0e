// What "Verify history" found, in plain words in the UI language: intact
// (with how many changes were checked), or which change is the first that no
// longer matches and how far back the history can still be trusted; changes
// a backup holds that the history no longer has (cut off its end, or
// rewritten); and whether its guards had been removed and were put back.
import type { HistoryVerification } from '../../shared/history/api';
import type { LocaleTools } from '../i18n/LocaleContext';
import { plural } from '../shell/plural';

/** `tone`: success, or warning when the history is intact but its guards had been removed; error when it is not intact. */
export type VerificationWords = Readonly<{ intact: boolean; tone: 'success' | 'warning' | 'error'; lines: readonly string[] }>;

type Tools = Pick<LocaleTools, 't' | 'locale' | 'formatNumber' | 'formatDateTime'>;

export function verificationWords(tools: Tools, outcome: HistoryVerification): VerificationWords {
  const { t } = tools;
  const guards = guardLines(tools, outcome);
  if (outcome.intact) {
    const lines = [outcome.entries === 0 ? t('history.verify.empty') : plural(tools, 'history.verify.intact', outcome.entries), ...guards];
    return { intact: true, tone: guards.length === 0 ? 'success' : 'warning', lines };
  }
  const lines: string[] = [];
  if (outcome.firstBad !== undefined) {
    const { id, at, problem } = outcome.firstBad;
    const params = { id: tools.formatNumber(id), at: storedDate(tools, at) };
    lines.push(problem === 'altered' ? t('history.verify.altered', params) : t('history.verify.unlinked', params));
    lines.push(outcome.entries === 0 ? t('history.verify.trustNone') : plural(tools, 'history.verify.trustedBefore', outcome.entries));
  }
  if (outcome.sinceBackup !== undefined) {
    const { backup, entry, problem } = outcome.sinceBackup;
    const params = { id: tools.formatNumber(entry), at: tools.formatDateTime(backup.at) };
    lines.push(problem === 'shortened' ? t('history.verify.shortened', params) : t('history.verify.rewritten', params));
    lines.push(t('history.verify.backupKept'));
  }
  return { intact: false, tone: 'error', lines: [...lines, ...guards] };
}

/** The date as stored: it may be the very thing that was changed, but it is what the reader can look for. */
function storedDate(tools: Tools, at: string): string {
  return Number.isNaN(Date.parse(at)) ? at : tools.formatDateTime(at);
}

function guardLines(tools: Tools, outcome: HistoryVerification): string[] {
  const restored = outcome.guardsRestored ?? [];
  const latest = restored.at(-1);
  if (latest === undefined) return [];
  return [plural(tools, 'history.verify.guardsRestored', restored.length, { at: storedDate(tools, latest.at) })];
}
