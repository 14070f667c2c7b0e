// The events feature: the dated steps of a case.
import { byIdInput } from '../api/fields';
import { command } from '../api/method';
import type { CaseEvent } from './domain';
import { eventsAddInput, eventsUpdateInput } from './schemas';

export const eventsApi = {
  'events.add': command<CaseEvent>()(eventsAddInput),
  'events.update': command<CaseEvent>()(eventsUpdateInput),
  /** Moves the event to the Trash; events.restore brings it back. */
  'events.remove': command<Readonly<{ id: string }>>()(byIdInput),
  'events.restore': command<CaseEvent>()(byIdInput),
} as const;
