// "Verify history" on the History screen (issue 7 §4): checks every entry
// against its seal (history.verify) and says what it found in plain words.
// The outcome is a live region, so a screen reader hears it when it arrives.
import { useMutation } from '@tanstack/react-query';
import type { HistoryVerification } from '../../shared/history/api';
import { fetchResult } from '../api/queries';
import { useLocale } from '../i18n/LocaleContext';
import { ErrorNotice } from '../shell/ErrorNotice';
import { verificationWords } from './verificationWords';

export function VerifyHistory() {
  const tools = useLocale();
  const { t } = tools;
  // A read, but run when asked (it reads the whole history), never on its own.
  const check = useMutation<HistoryVerification>({ mutationFn: () => fetchResult('history.verify', {}) });
  const words = check.data === undefined ? null : verificationWords(tools, check.data);
  const run = () => {
    if (!check.isPending) check.mutate();
  };
  return (
    <section className="panel history-verify" aria-labelledby="history-verify-heading">
      <h2 id="history-verify-heading">{t('history.verify.heading')}</h2>
      <p className="muted">{t('history.verify.intro')}</p>
      {/* aria-disabled, not disabled: the button keeps the keyboard focus while the check runs. */}
      <button type="button" className="button" aria-disabled={check.isPending} onClick={run}>
        {check.isPending ? t('history.verify.running') : t('history.verify.button')}
      </button>
      <div role="status" className="history-verify-outcome">
        {words !== null && !check.isPending && (
          <div className={`notice ${words.tone}`}>
            {words.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        )}
      </div>
      {check.error !== null && <ErrorNotice error={check.error} onRetry={run} />}
    </section>
  );
}
