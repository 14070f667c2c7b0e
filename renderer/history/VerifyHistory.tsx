// "Verify history" on the History screen (issue 7 §4): checks every entry
// against its seal (history.verify) and says what it found in plain words.
// The outcome is a live region, so a screen reader hears it when it arrives.
import { useMutation } from '@tanstack/react-query';
import type { ApiResponse } from '../../shared/api/errors';
import type { HistoryVerification } from '../../shared/history/api';
import { call } from '../api/client';
import { useLocale } from '../i18n/LocaleContext';
import { ErrorNotice } from '../shell/ErrorNotice';
import { verificationWords } from './verificationWords';

export function VerifyHistory() {
  const tools = useLocale();
  const { t } = tools;
  // A read, but run when asked (it reads the whole history), never on its own.
  // Its data is the API's answer, as every mutation's in the app (useCommand):
  // the damage watch (renderer/recovery/DataGate.tsx) reads mutations' answers.
  const check = useMutation<ApiResponse<HistoryVerification>, never>({ mutationFn: () => call('history.verify', {}) });
  const answer = check.data;
  const words = answer?.ok === true ? verificationWords(tools, answer.result) : null;
  const failure = answer !== undefined && !answer.ok ? answer.error : null;
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
      {failure !== null && !check.isPending && <ErrorNotice error={failure} onRetry={run} />}
    </section>
  );
}
