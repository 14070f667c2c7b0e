// The other person's change beside the official's, field by field, when a
// save lost a race (renderer/forms/conflict.ts): "Keep my changes" keeps what
// the official typed on top of the record as stored now, to be saved on its
// new version; "Take their version" discards it.
import { forwardRef } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import type { ChangedBy } from './conflict';
import './forms.css';

export type ConflictLine = Readonly<{ field: string; label: string; changedBy: ChangedBy; theirs: string; yours: string }>;

type Props = Readonly<{
  /** Null while the record as stored now is being read. */
  lines: readonly ConflictLine[] | null;
  /** The record could not be read again (removed meanwhile). */
  gone: boolean;
  onKeep: () => void;
  onTheirs: () => void;
}>;

export const ConflictView = forwardRef<HTMLDivElement, Props>(function ConflictView({ lines, gone, onKeep, onTheirs }, ref) {
  const { t } = useLocale();
  // The side that did not change this field says so ("as before"), unless it is simply empty.
  const cell = (text: string, unchanged: boolean) =>
    text === '' ? (
      <span className="conflict-same">{t('forms.conflict.empty')}</span>
    ) : (
      <>
        {unchanged && <span className="conflict-same">{t('forms.conflict.unchanged')} </span>}
        {text}
      </>
    );
  return (
    <div className="conflict" role="alert" tabIndex={-1} ref={ref}>
      <p className="conflict-title">{t('forms.conflict.title')}</p>
      {gone ? (
        <p>{t('forms.conflict.gone')}</p>
      ) : lines === null ? (
        <p>{t('forms.conflict.loading')}</p>
      ) : (
        <>
          <p>{t('forms.conflict.intro')}</p>
          <table>
            <caption>{t('forms.conflict.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('forms.conflict.field')}</th>
                <th scope="col">{t('forms.conflict.theirs')}</th>
                <th scope="col">{t('forms.conflict.yours')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.field} data-field={line.field}>
                  <th scope="row">
                    {line.label}
                    <span className="conflict-by">{t(`forms.conflict.by.${line.changedBy}`)}</span>
                  </th>
                  <td>{cell(line.theirs, line.changedBy === 'you')}</td>
                  <td>{cell(line.yours, line.changedBy === 'them')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="conflict-actions">
            <button type="button" className="button primary" onClick={onKeep}>
              {t('forms.conflict.keep')}
            </button>
            <button type="button" className="button" onClick={onTheirs}>
              {t('forms.conflict.theirsInstead')}
            </button>
          </div>
        </>
      )}
    </div>
  );
});
