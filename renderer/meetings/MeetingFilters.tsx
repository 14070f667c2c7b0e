// Filters above the meetings table: agreement, body, year, status. Every
// choice is part of the view in the address (MeetingsPage), so Back keeps it.
import { useId } from 'react';
import type { MessageKey } from '../../shared/i18n/catalog';
import { useLocale } from '../i18n/LocaleContext';
import { anyBodyName } from './meetingWords';
import { MEETING_FILTER_VALUES, type MeetingFilterName } from './meetingView';

const FILTER_LABELS: Readonly<Record<MeetingFilterName, MessageKey>> = {
  agreement: 'meetings.filter.agreement',
  body: 'meetings.filter.body',
  year: 'meetings.filter.year',
  status: 'meetings.filter.status',
};
const FILTER_NAMES = Object.keys(FILTER_LABELS) as MeetingFilterName[];

function SelectFilter({ name, value, onChange }: { name: MeetingFilterName; value: string; onChange: (name: MeetingFilterName, value: string) => void }) {
  const { t, locale } = useLocale();
  const selectId = useId();
  const label = (option: string): string => {
    switch (name) {
      case 'agreement':
        return t(`agreement.${option}` as MessageKey);
      case 'body':
        return anyBodyName(option, locale);
      case 'year':
        return option;
      case 'status':
        return t(`meetings.status.${option}` as MessageKey);
      default: {
        const unreachable: never = name;
        return unreachable;
      }
    }
  };
  return (
    <div className="field filter">
      <label className="field-label" htmlFor={selectId}>
        {t(FILTER_LABELS[name])}
      </label>
      <select id={selectId} name={name} value={value} onChange={(event) => onChange(name, event.target.value)}>
        <option value="">{t('meetings.filter.any')}</option>
        {MEETING_FILTER_VALUES[name].map((option: string) => (
          <option key={option} value={option}>
            {label(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function MeetingFilters({
  filters,
  onFilter,
  onClear,
}: {
  filters: Readonly<Record<string, string>>;
  onFilter: (name: MeetingFilterName, value: string) => void;
  onClear: () => void;
}) {
  const { t } = useLocale();
  const headingId = useId();
  return (
    <div role="search" className="meeting-filters" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('meetings.filter.heading')}
      </h2>
      {FILTER_NAMES.map((name) => (
        <SelectFilter key={name} name={name} value={filters[name] ?? ''} onChange={onFilter} />
      ))}
      <button type="button" className="button clear-filters" onClick={onClear} disabled={Object.keys(filters).length === 0}>
        {t('meetings.filter.clear')}
      </button>
    </div>
  );
}
