// actionItems.add / update / remove: what was agreed to be done after a
// meeting, by whom and by when; actionItems.list (actionItemsList.ts) chases them.
import type { ParsedInput } from '../../shared/api/contract';
import type { ActionItem } from '../../shared/meetings/domain';
import { delegationError } from '../../shared/meetings/schemas';
import { invalidFields, type HandlerContext, type Handlers } from '../handlerTypes';
import { statement } from '../statements';
import { listActionItems } from './actionItemsList';
import { changeRecord, checkCaseLink, createRecord, liveMeeting, liveRecord, merged, removeRecord, unchanged } from './records';

type ActionItemHandlers = Pick<Handlers, 'actionItems.add' | 'actionItems.update' | 'actionItems.remove' | 'actionItems.list'>;

export const actionItemHandlers: ActionItemHandlers = {
  'actionItems.add': addActionItem,
  'actionItems.update': changeActionItem,
  'actionItems.remove': ({ id }, context) => removeRecord(context, 'action_item', liveRecord(context.db, 'action_item', id)),
  'actionItems.list': (input, context) => listActionItems(context.db, input, context.today),
};

const FIELDS = ['what', 'ownerName', 'ownerParty', 'ownerOrganization', 'dueOn', 'status', 'caseId'] as const;

export function addActionItem(input: ParsedInput<'actionItems.add'>, context: HandlerContext): ActionItem {
  const { db, at } = context;
  const meeting = liveMeeting(db, input.meetingId);
  checkCaseLink(db, meeting, input.caseId);
  return createRecord(context, 'action_item', meeting.id, (id) =>
    statement(
      db,
      `INSERT INTO action_items (id, meeting_id, what, owner_name, owner_party, owner_organization, due_on, status, case_id,
                                 created_at, updated_at, version)
       VALUES (@id, @meetingId, @what, @ownerName, @ownerParty, @ownerOrganization, @dueOn, @status, @caseId, @at, @at, 1)`,
    ).run({ ...input, id, at }),
  );
}

function changeActionItem(input: ParsedInput<'actionItems.update'>, context: HandlerContext): ActionItem {
  const { db } = context;
  const stored = liveRecord(db, 'action_item', input.id);
  const next = merged(stored, input, FIELDS);
  const problem = delegationError(next.ownerParty, next.ownerOrganization, true);
  if (problem !== null) throw invalidFields({ [input.ownerOrganization !== undefined && input.ownerParty === undefined ? 'ownerOrganization' : 'ownerParty']: problem });
  if (next.caseId !== stored.caseId) checkCaseLink(db, liveMeeting(db, stored.meetingId), next.caseId);
  if (unchanged(stored, next, FIELDS)) return stored;
  return changeRecord(context, 'action_item', stored, {
    write: () =>
      statement(
        db,
        `UPDATE action_items SET what = @what, owner_name = @ownerName, owner_party = @ownerParty, owner_organization = @ownerOrganization,
           due_on = @dueOn, status = @status, case_id = @caseId WHERE id = @id`,
      ).run({
        id: stored.id,
        what: next.what,
        ownerName: next.ownerName,
        ownerParty: next.ownerParty,
        ownerOrganization: next.ownerOrganization,
        dueOn: next.dueOn,
        status: next.status,
        caseId: next.caseId,
      }),
  });
}
