// Filters above the cases table. Every choice is part of the view in the
// address (CasesPage); the search box is debounced by the page.
import { useId } from 'react';
import type { MessageKey } from '../../shared/i18n/catalog';
import { useLocale } from '../i18n/LocaleContext';
import { CASE_FILTER_VALUES, CASE_GROUPS, type CaseFilterName } from './caseView';

/** Each filter's label, its "any" option and the message prefix of its values. */
const FILTER_WORDS: Readonly<Record<CaseFilterName, Readonly<{ label: MessageKey; any: MessageKey; prefix: string }>>> = {
  agreement: { label: 'cases.filter.agreement', any: 'cases.filter.any', prefix: 'agreement' },
  // "Parte" and "Etapa" are feminine: "Todas" in Spanish.
  party: { label: 'cases.filter.party', any: 'cases.filter.anyFeminine', prefix: 'party' },
  kind: { label: 'cases.filter.kind', any: 'cases.filter.any', prefix: 'kind' },
  stage: { label: 'cases.filter.stage', any: 'cases.filter.anyFeminine', prefix: 'stage' },
  status: { label: 'cases.filter.status', any: 'cases.filter.any', prefix: 'status' },
};
const FILTER_NAMES = Object.keys(FILTER_WORDS) as CaseFilterName[];

const GROUP_LABELS: Readonly<Record<(typeof CASE_GROUPS)[number], MessageKey>> = {
  agreement: 'cases.group.agreement',
  stage: 'cases.group.stage',
};

function SelectFilter({ name, value, onChange }: { name: CaseFilterName; value: string; onChange: (name: CaseFilterName, value: string) => void }) {
  const { t } = useLocale();
  const words = FILTER_WORDS[name];
  const selectId = useId();
  // The label names the select by id (not by wrapping it), so the accessible
  // name is just "Agreement", not "Agreement All".
  return (
    <div className="field filter">
      <label className="field-label" htmlFor={selectId}>
        {t(words.label)}
      </label>
      <select id={selectId} name={name} value={value} onChange={(event) => onChange(name, event.target.value)}>
        <option value="">{t(words.any)}</option>
        {CASE_FILTER_VALUES[name].map((option: string) => (
          <option key={option} value={option}>
            {t(`${words.prefix}.${option}` as MessageKey)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CaseFilters({
  filters,
  onFilter,
  search,
  onSearch,
  groupBy,
  onGroupBy,
  onClear,
}: {
  filters: Readonly<Record<string, string>>;
  onFilter: (name: CaseFilterName, value: string) => void;
  search: string;
  onSearch: (text: string) => void;
  groupBy: string | null;
  onGroupBy: (groupBy: string | null) => void;
  onClear: () => void;
}) {
  const { t } = useLocale();
  const headingId = useId();
  const searchId = useId();
  const groupId = useId();
  const active = Object.keys(filters).length > 0 || search !== '';

  return (
    <div role="search" className="case-filters" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('cases.filter.heading')}
      </h2>
      <div className="field filter filter-search">
        <label className="field-label" htmlFor={searchId}>
          {t('cases.filter.search')}
        </label>
        <input
          id={searchId}
          type="search"
          name="text"
          value={search}
          maxLength={200}
          placeholder={t('cases.filter.searchPlaceholder')}
          onChange={(event) => onSearch(event.target.value)}
        />
      </div>
      {FILTER_NAMES.map((name) => (
        <SelectFilter key={name} name={name} value={filters[name] ?? ''} onChange={onFilter} />
      ))}
      <div className="field filter">
        <label className="field-label" htmlFor={groupId}>
          {t('cases.group.label')}
        </label>
        <select id={groupId} name="groupBy" value={groupBy ?? ''} onChange={(event) => onGroupBy(event.target.value === '' ? null : event.target.value)}>
          <option value="">{t('cases.group.none')}</option>
          {CASE_GROUPS.map((group) => (
            <option key={group} value={group}>
              {t(GROUP_LABELS[group])}
            </option>
          ))}
        </select>
      </div>
      {/* Always present (disabled when there is nothing to clear) so the bar does not reflow. */}
      <button type="button" className="button clear-filters" onClick={onClear} disabled={!active}>
        {t('cases.filter.clear')}
      </button>
    </div>
  );
}
