// A limit's counting in words, so an official can check the date by hand:
// "3 Mar 2025 + 60 days; opens the day after the period ends", "Later of
// Suspension notified and Reconvened panel's determination: …", "End of “Chair
// agreed”, 9 Feb 2026 + 3 days". The one convention (issue 5 §1): "within N
// days of X" falls on X + N; a step allowed once the Parties "fail … within N
// days" opens on X + N + 1 (counting.dayAfter).
import type { TimeLimit } from '../../shared/domain/limits';
import type { MessageKey } from '../../shared/i18n/catalog';
import { findRule } from '../../shared/procedure/rules/registry';
import type { LocaleTools } from '../i18n/LocaleContext';

type Tools = Pick<LocaleTools, 't' | 'formatDate' | 'locale'>;

export function countingWords(tools: Tools, limit: Pick<TimeLimit, 'rule' | 'counting' | 'extended' | 'agreed'>): string {
  const { t, formatDate, locale } = tools;
  const { counting } = limit;
  const rule = findRule(limit.rule);
  const sum = t(counting.days === 1 ? 'counting.days.one' : 'counting.days.other', { date: formatDate(counting.base), days: counting.days });
  const parts = [counting.dayAfter ? `${sum}; ${t('counting.dayAfter')}` : sum];
  let text: string;
  switch (counting.basis) {
    case 'event':
      text = parts.join('');
      break;
    case 'later_of': {
      const from = rule?.from;
      const types = from !== undefined && typeof from === 'object' && 'laterOf' in from ? from.laterOf : [];
      text =
        types.length > 0
          ? t('counting.laterOf', { events: types.map((type) => t(`event.${type}`)).join(t('counting.and')), counting: parts.join('') })
          : parts.join('');
      break;
    }
    case 'limit': {
      const base = counting.baseRule === null ? null : findRule(counting.baseRule);
      text = base === null ? parts.join('') : t('counting.limit', { rule: base.title[locale], counting: parts.join('') });
      break;
    }
    default: {
      const unreachable: never = counting.basis;
      return unreachable;
    }
  }
  const extension = rule?.extension;
  if (limit.extended && extension) text = `${text}; ${t('counting.extended', { event: t(`event.${extension.by}` as MessageKey) })}`;
  if (limit.agreed !== null) text = `${text} (${t('counting.agreed')})`;
  return text;
}
