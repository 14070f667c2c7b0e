// The sample casebook loaded by `demo.load`: real public matters only, with the
// dated steps our research verified (domain-facts §5.3 and §8). Rules kept:
// - an event needs a full YYYY-MM-DD date from the source; steps known only by
//   month or year are told in the case summary, never given an invented day;
// - every event text says what happened and names its source;
// - openedOn is the first exactly dated step, so it equals the first event's date;
// - leadOfficer stays empty: sample data must not invent the people using it.
import type { Input } from '../../shared/api/contract';
import type { EventType } from '../../shared/events/domain';
import { CAFTA_DR_CASES } from './caftaDrCases';
import { TPA_CASES } from './tpaCases';

export type SampleEvent = Readonly<{ type: EventType; date: string; text: string }>;

export type SampleCase = Readonly<{
  case: Input<'cases.create'> & { openedOn: string };
  events: readonly SampleEvent[];
}>;

export const SAMPLE_CASEBOOK: readonly SampleCase[] = [...CAFTA_DR_CASES, ...TPA_CASES];
