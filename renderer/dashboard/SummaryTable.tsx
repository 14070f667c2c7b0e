// Cases counted by agreement (rows) and status (columns), from dashboard.summary.
import { useId } from 'react';
import type { DashboardSummary } from '../../shared/dashboard/api';
import { AGREEMENT_IDS } from '../../shared/domain/agreements';
import { CASE_STATUSES } from '../../shared/cases/domain';
import { useLocale } from '../i18n/LocaleContext';

export function SummaryTable({ summary }: { summary: DashboardSummary }) {
  const { t, formatNumber } = useLocale();
  const headingId = useId();
  const count = (agreement: string, status: string) =>
    summary.counts.find((entry) => entry.agreement === agreement && entry.status === status)?.count ?? 0;
  const rowTotal = (agreement: string) =>
    summary.counts.filter((entry) => entry.agreement === agreement).reduce((sum, entry) => sum + entry.count, 0);
  const columnTotal = (status: string) =>
    summary.counts.filter((entry) => entry.status === status).reduce((sum, entry) => sum + entry.count, 0);
  const cell = (value: number) => (value === 0 ? <span className="zero">0</span> : formatNumber(value));

  return (
    <section className="panel summary-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dashboard.summary.heading')}</h2>
      <table className="data-table summary-table">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.summary.agreement')}</th>
            {CASE_STATUSES.map((status) => (
              <th scope="col" key={status} className="number">
                {t(`status.${status}`)}
              </th>
            ))}
            <th scope="col" className="number">
              {t('dashboard.summary.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {AGREEMENT_IDS.map((agreement) => (
            <tr key={agreement}>
              <th scope="row">{t(`agreement.${agreement}`)}</th>
              {CASE_STATUSES.map((status) => (
                <td key={status} className="number">
                  {cell(count(agreement, status))}
                </td>
              ))}
              <td className="number total">{cell(rowTotal(agreement))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('dashboard.summary.total')}</th>
            {CASE_STATUSES.map((status) => (
              <td key={status} className="number total">
                {cell(columnTotal(status))}
              </td>
            ))}
            <td className="number total">{formatNumber(summary.total)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
