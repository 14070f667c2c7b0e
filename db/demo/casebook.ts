// The sample casebook loaded by `demo.load`: real public matters only, with the
// dated steps our research verified (domain-facts §5.3 and §8). Rules kept:
// - an event needs a full YYYY-MM-DD date from the source; steps known only by
//   month or year are told in the case summary, never given an invented day;
// - every event text says what happened and names its source;
// - openedOn is the first exactly dated step, so it equals the first event's date;
// - leadOfficer stays empty: sample data must not invent the people using it;
// - dates in the texts are written out ("23 April 2008"), never YYYY-MM-DD.
//
// Summaries exist in English and Spanish (issue 6 §1); official titles,
// measures and event notes stay as the sources give them. A case has one
// summary, written by its users in their own words, so a sample case holds
// the summary in the language the user had chosen when the casebook was
// loaded (settings.locale, English if none): it is then the user's text like
// any other, edited and audited as such, not a translation that follows the
// language switch. (A second, sample-only summary column would make every
// reader of `summary` ask which one to show.)
import type { Input } from '../../shared/api/contract';
import type { Localized } from '../../shared/domain/limits';
import type { Locale } from '../../shared/history/domain';
import type { EventType } from '../../shared/events/domain';
import { CAFTA_DR_CASES } from './caftaDrCases';
import { TPA_CASES } from './tpaCases';

export type SampleEvent = Readonly<{ type: EventType; date: string; text: string }>;

export type SampleCase = Readonly<{
  case: Omit<Input<'cases.create'>, 'summary'> & { openedOn: string };
  /** What is known beyond the dated events, in both languages; faithful to each other, nothing added. */
  summary: Localized;
  events: readonly SampleEvent[];
}>;

/** The cases.create input of a sample, its summary in the user's language. */
export function sampleCaseInput(sample: SampleCase, locale: Locale): Input<'cases.create'> & { openedOn: string } {
  return { ...sample.case, summary: sample.summary[locale] };
}

export const SAMPLE_CASEBOOK: readonly SampleCase[] = [...CAFTA_DR_CASES, ...TPA_CASES];
