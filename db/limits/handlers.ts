// limits.agree / limits.unagree: "or such other period as the disputing
// Parties agree" (CAFTA-DR Art. 20.5.1(c), 20.6.1(e), 20.10.4, 20.13.3,
// 20.13.6, 20.14.1, 20.16.1 and their TPA counterparts). Only rules whose
// article allows another period accept one; the case's limits are recomputed
// and the change audited in the same transaction.
import type { ParsedInput } from '../../shared/api/contract';
import { rulesFor } from '../../shared/procedure/rules/registry';
import { commitChange } from '../changes';
import { readCase, touchCase } from '../cases/queries';
import { deleteLimitAgreement, readLimitAgreement, writeLimitAgreement } from './agreements';
import { readProcedureInput, refreshCaseProcedure } from '../procedure/queries';
import { computeProcedure } from '../../shared/procedure/engine';
import { getCase } from '../cases/handlers';
import { invalidFields, notFound, type HandlerContext, type Handlers } from '../handlerTypes';

type LimitHandlers = Pick<Handlers, 'limits.agree' | 'limits.unagree'>;

export const limitHandlers: LimitHandlers = {
  'limits.agree': agreeLimit,
  'limits.unagree': unagreeLimit,
};

function agreeLimit(input: ParsedInput<'limits.agree'>, context: HandlerContext) {
  const { db, at } = context;
  const record = readCase(db, input.caseId);
  if (record === null) throw notFound('case', input.caseId);
  const rule = rulesFor(record.agreement).find((candidate) => candidate.id === input.rule);
  if (rule === undefined) throw invalidFields({ rule: 'no_such_limit' });
  if (!rule.agreeable) throw invalidFields({ rule: 'not_agreeable' });
  const running = computeProcedure(readProcedureInput(db, record.id)).limits.find((limit) => limit.rule === rule.id);
  if (running === undefined) throw invalidFields({ rule: 'limit_not_running' });
  if (input.date !== undefined && input.date < running.from.date) {
    throw invalidFields({ date: 'before_counted_from' });
  }
  const before = readLimitAgreement(db, record.id, rule.id);
  const agreement = {
    caseId: record.id,
    rule: rule.id,
    date: input.date ?? null,
    days: input.days ?? null,
    note: input.note,
    // The agreement holds for this period only; a new request starts another.
    fromEventId: running.from.eventId,
    createdAt: at,
  };
  commitChange(context, {
    action: before === null ? 'create' : 'update',
    subject: { type: 'limit_agreement', id: `${record.id}:${rule.id}` },
    parent: { type: 'case', id: record.id },
    before,
    write: () => {
      writeLimitAgreement(db, agreement);
      afterChange(context, record.id);
    },
    read: () => readLimitAgreement(db, record.id, rule.id),
  });
  return getCase({ id: record.id }, context);
}

function unagreeLimit(input: ParsedInput<'limits.unagree'>, context: HandlerContext) {
  const { db } = context;
  const before = readLimitAgreement(db, input.caseId, input.rule);
  if (before === null) throw notFound('agreed period', `${input.caseId}:${input.rule}`);
  commitChange(context, {
    action: 'remove',
    subject: { type: 'limit_agreement', id: `${input.caseId}:${input.rule}` },
    parent: { type: 'case', id: input.caseId },
    before,
    write: () => {
      deleteLimitAgreement(db, input.caseId, input.rule);
      afterChange(context, input.caseId);
    },
    read: () => null,
  });
  return getCase({ id: input.caseId }, context);
}


function afterChange({ db, at }: HandlerContext, caseId: string): void {
  touchCase(db, caseId, at);
  refreshCaseProcedure(db, caseId);
}
