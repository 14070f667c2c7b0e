// Every rule by agreement, and lookup by rule id (status.ts needs a limit's
// rule to know whether it is a window that simply closes).
import type { AgreementId } from '../../domain/agreements';
import type { ProcedureRule } from '../ruleTypes';
import { CAFTA_DR_RULES } from './caftaDr';
import { submissionRules } from './submissions';
import { tpaRules } from './tpa';

const RULES_BY_AGREEMENT: Readonly<Record<AgreementId, readonly ProcedureRule[]>> = {
  'cafta-dr': [...CAFTA_DR_RULES, ...submissionRules('cafta-dr')],
  'us-colombia-tpa': [...tpaRules('us-colombia-tpa'), ...submissionRules('us-colombia-tpa')],
  'us-peru-tpa': [...tpaRules('us-peru-tpa'), ...submissionRules('us-peru-tpa')],
};

export const ALL_RULES: readonly ProcedureRule[] = Object.values(RULES_BY_AGREEMENT).flat();

const RULES_BY_ID: ReadonlyMap<string, ProcedureRule> = new Map(ALL_RULES.map((rule) => [rule.id, rule]));

export function rulesFor(agreement: AgreementId): readonly ProcedureRule[] {
  return RULES_BY_AGREEMENT[agreement];
}

export function findRule(id: string): ProcedureRule | null {
  return RULES_BY_ID.get(id) ?? null;
}
