// decisions.add / update / remove (and decisions.list, decisionsList.ts): the decision register of each body — a
// decision is adopted at a meeting, on a date, with its number where the body
// numbers them ("FTC Decision No. 3").
import type { ParsedInput } from '../../shared/api/contract';
import type { Decision } from '../../shared/meetings/domain';
import type { HandlerContext, Handlers } from '../handlerTypes';
import { statement } from '../statements';
import { listDecisions } from './decisionsList';
import { changeRecord, createRecord, liveMeeting, liveRecord, merged, removeRecord, unchanged } from './records';

const DECISION_FIELDS = ['number', 'text', 'adoptedOn'] as const;

type DecisionHandlers = Pick<Handlers, 'decisions.add' | 'decisions.update' | 'decisions.remove' | 'decisions.list'>;

export const decisionHandlers: DecisionHandlers = {
  'decisions.add': addDecision,
  'decisions.update': changeDecision,
  'decisions.remove': ({ id }, context) => removeRecord(context, 'decision', liveRecord(context.db, 'decision', id)),
  'decisions.list': (input, { db }) => listDecisions(db, input),
};

export function addDecision(input: ParsedInput<'decisions.add'>, context: HandlerContext): Decision {
  const { db, at } = context;
  const meeting = liveMeeting(db, input.meetingId);
  const adoptedOn = input.adoptedOn ?? meeting.endsOn ?? meeting.startsOn;
  return createRecord(context, 'decision', meeting.id, (id) =>
    statement(
      db,
      `INSERT INTO decisions (id, meeting_id, number, text, adopted_on, created_at, updated_at, version)
       VALUES (@id, @meetingId, @number, @text, @adoptedOn, @at, @at, 1)`,
    ).run({ id, meetingId: meeting.id, number: input.number, text: input.text, adoptedOn, at }),
  );
}

function changeDecision(input: ParsedInput<'decisions.update'>, context: HandlerContext): Decision {
  const { db } = context;
  const stored = liveRecord(db, 'decision', input.id);
  const next = merged(stored, input, DECISION_FIELDS);
  if (unchanged(stored, next, DECISION_FIELDS)) return stored;
  return changeRecord(context, 'decision', stored, {
    write: () =>
      statement(db, 'UPDATE decisions SET number = ?, text = ?, adopted_on = ? WHERE id = ?').run(next.number, next.text, next.adoptedOn, stored.id),
  });
}
