// "Export what can still be read" on the recovery screen: recovery.salvage
// copies the readable records into a new file and says what it could not
// read; recovery.useSalvaged then switches to that file, keeping the damaged
// one beside it.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SalvageResult } from '../../shared/recovery/api';
import { call } from '../api/client';
import { apiErrorText } from '../i18n/apiErrors';
import { useLocale } from '../i18n/LocaleContext';

export function SalvagePanel() {
  const tools = useLocale();
  const { t, formatNumber } = tools;
  const client = useQueryClient();
  const [busy, setBusy] = useState<'salvage' | 'use' | null>(null);
  const [result, setResult] = useState<SalvageResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function salvage() {
    if (busy !== null) return;
    setBusy('salvage');
    setFailure(null);
    const answer = await call('recovery.salvage', {});
    setBusy(null);
    if (answer.ok) setResult(answer.result);
    else setFailure(t('recovery.failed', { message: apiErrorText(answer.error, tools) }));
  }

  async function switchToSalvaged(name: string) {
    if (busy !== null) return;
    setBusy('use');
    setFailure(null);
    const answer = await call('recovery.useSalvaged', { name });
    setBusy(null);
    if (!answer.ok) return setFailure(t('recovery.failed', { message: apiErrorText(answer.error, tools) }));
    await client.invalidateQueries();
  }

  return (
    <section className="recovery-way" aria-labelledby="recovery-salvage">
      <h2 id="recovery-salvage">{t('recovery.salvage.heading')}</h2>
      <p>{t('recovery.salvage.explain')}</p>
      {result === null && (
        <button type="button" className="button" aria-disabled={busy !== null} onClick={() => void salvage()}>
          {busy === 'salvage' ? t('recovery.salvage.running') : t('recovery.salvage.run')}
        </button>
      )}
      {result !== null && (
        <div role="status">
          <p>
            {t('recovery.salvage.done', { cases: formatNumber(result.cases) })} <code className="recovery-path">{result.path}</code>
          </p>
          <p>{t(result.complete ? 'recovery.salvage.complete' : 'recovery.salvage.incomplete')}</p>
          <table className="recovery-tables">
            <caption>{t('recovery.salvage.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('recovery.salvage.column.table')}</th>
                <th scope="col" className="number">
                  {t('recovery.salvage.column.copied')}
                </th>
                <th scope="col">{t('recovery.salvage.column.state')}</th>
              </tr>
            </thead>
            <tbody>
              {result.tables.map((table) => (
                <tr key={table.table}>
                  <td>
                    <code>{table.table}</code>
                  </td>
                  <td className="number">{formatNumber(table.copied)}</td>
                  <td>
                    {t(table.damaged ? 'recovery.salvage.state.damaged' : 'recovery.salvage.state.whole')}
                    {table.rebuilt > 0 && <> · {t('recovery.salvage.state.rebuilt', { count: formatNumber(table.rebuilt) })}</>}
                    {table.dropped > 0 && <> · {t('recovery.salvage.state.dropped', { count: formatNumber(table.dropped) })}</>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t('recovery.salvage.useExplain')}</p>
          <button type="button" className="button primary" aria-disabled={busy !== null} onClick={() => void switchToSalvaged(result.name)}>
            {busy === 'use' ? t('recovery.salvage.using') : t('recovery.salvage.use')}
          </button>
        </div>
      )}
      {failure !== null && (
        <p className="notice error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
