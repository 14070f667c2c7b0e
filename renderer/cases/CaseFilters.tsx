// Filters above the cases table. The select filters are the table's column
// filter state (sent to cases.list); the search box is debounced by the page.
import { useId } from 'react';
import type { ColumnFiltersState } from '@tanstack/react-table';
import { AGREEMENT_IDS, PARTY_CODES } from '../../shared/domain/agreements';
import { CASE_KINDS, CASE_STATUSES } from '../../shared/cases/domain';
import { STAGES } from '../../shared/domain/stages';
import type { MessageKey } from '../../shared/i18n/catalog';
import { useLocale } from '../i18n/LocaleContext';
import type { GroupBy } from './CasesTable';

/** Filterable column → the message prefix of its values and the values. */
export const FILTERS = {
  agreement: { label: 'cases.filter.agreement', any: 'cases.filter.any', prefix: 'agreement', values: AGREEMENT_IDS },
  // "Parte" and "Etapa" are feminine: "Todas" in Spanish.
  complainant: { label: 'cases.filter.party', any: 'cases.filter.anyFeminine', prefix: 'party', values: PARTY_CODES },
  kind: { label: 'cases.filter.kind', any: 'cases.filter.any', prefix: 'kind', values: CASE_KINDS },
  stage: { label: 'cases.filter.stage', any: 'cases.filter.anyFeminine', prefix: 'stage', values: STAGES },
  status: { label: 'cases.filter.status', any: 'cases.filter.any', prefix: 'status', values: CASE_STATUSES },
} as const satisfies Record<string, { label: MessageKey; any: MessageKey; prefix: string; values: readonly string[] }>;
export type FilterId = keyof typeof FILTERS;

function SelectFilter({
  id,
  value,
  onChange,
}: {
  id: FilterId;
  value: string;
  onChange: (id: FilterId, value: string) => void;
}) {
  const { t } = useLocale();
  const spec = FILTERS[id];
  const selectId = useId();
  // The label names the select by id (not by wrapping it), so the accessible
  // name is just "Agreement", not "Agreement All".
  return (
    <div className="field filter">
      <label className="field-label" htmlFor={selectId}>
        {t(spec.label)}
      </label>
      <select id={selectId} name={id} value={value} onChange={(event) => onChange(id, event.target.value)}>
        <option value="">{t(spec.any)}</option>
        {spec.values.map((option: string) => (
          <option key={option} value={option}>
            {t(`${spec.prefix}.${option}` as MessageKey)}
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
  filters: ColumnFiltersState;
  onFilter: (id: FilterId, value: string) => void;
  search: string;
  onSearch: (text: string) => void;
  groupBy: GroupBy;
  onGroupBy: (groupBy: GroupBy) => void;
  onClear: () => void;
}) {
  const { t } = useLocale();
  const headingId = useId();
  const searchId = useId();
  const groupId = useId();
  const valueOf = (id: FilterId) => {
    const value = filters.find((filter) => filter.id === id)?.value;
    return typeof value === 'string' ? value : '';
  };
  const active = filters.length > 0 || search !== '';

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
      {(Object.keys(FILTERS) as FilterId[]).map((id) => (
        <SelectFilter key={id} id={id} value={valueOf(id)} onChange={onFilter} />
      ))}
      <div className="field filter">
        <label className="field-label" htmlFor={groupId}>
          {t('cases.group.label')}
        </label>
        <select
          id={groupId}
          name="groupBy"
          value={groupBy ?? ''}
          onChange={(event) => onGroupBy(event.target.value === 'agreement' || event.target.value === 'stage' ? event.target.value : null)}
        >
          <option value="">{t('cases.group.none')}</option>
          <option value="agreement">{t('cases.group.agreement')}</option>
          <option value="stage">{t('cases.group.stage')}</option>
        </select>
      </div>
      {/* Always present (disabled when there is nothing to clear) so the bar does not reflow. */}
      <button type="button" className="button clear-filters" onClick={onClear} disabled={!active}>
        {t('cases.filter.clear')}
      </button>
    </div>
  );
}
