import { describe, expect, it } from 'vitest';
import { casesCreateInput } from '../../shared/cases/schemas';
import { limitsAgreeInput } from '../../shared/limits/schemas';
import { fieldOf, groupFieldErrors, indexOf, localizeApiMessage } from './apiMessages';

describe('localizeApiMessage', () => {
  it('recognises the schema messages', () => {
    expect(localizeApiMessage('Required')?.key).toBe('form.error.required');
    expect(localizeApiMessage('At most 300 characters')).toEqual({ key: 'form.error.maxChars', params: { n: 300 } });
    expect(localizeApiMessage('Not a party to cafta-dr (USA, CRI)')?.key).toBe('form.error.notParty');
    expect(localizeApiMessage('Something new')).toBeNull();
  });

  it('knows every message the case schema gives for a bad case', () => {
    const parsed = casesCreateInput.safeParse({
      agreement: 'cafta-dr',
      kind: 'dispute',
      title: ' ',
      complainant: '',
      respondent: 'PER',
      hsCodes: ['99', '0803'],
      openedOn: '2025-02-30',
    });
    expect(parsed.success).toBe(false);
    for (const issue of parsed.error?.issues ?? []) expect(localizeApiMessage(issue.message), issue.message).not.toBeNull();
  });

  it('knows the date-range and duplicate messages', () => {
    const parsed = casesCreateInput.safeParse({
      agreement: 'cafta-dr',
      kind: 'dispute',
      title: 'Dates',
      complainant: 'CRI',
      respondent: 'SLV',
      hsCodes: ['0803', '0803'],
      openedOn: '9999-12-31',
    });
    const messages = parsed.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toHaveLength(2);
    for (const message of messages) expect(localizeApiMessage(message), message).not.toBeNull();
    expect(localizeApiMessage(messages.find((m) => m.startsWith('Use a date')) ?? '')?.params).toEqual({ from: '1900-01-01', to: '2999-12-31' });
  });
});

describe('messages of issue 5', () => {
  it('knows every message the schema gives for a submission with a Party as complainant, and for a dispute with a submitter', () => {
    const submission = casesCreateInput.safeParse({
      agreement: 'cafta-dr',
      kind: 'environment_submission',
      title: 'Turtles',
      complainant: 'USA',
      respondent: 'CRI',
      thirdParties: ['GTM'],
    });
    const dispute = casesCreateInput.safeParse({
      agreement: 'cafta-dr',
      kind: 'dispute',
      title: 'Sugar',
      complainant: 'USA',
      respondent: 'DOM',
      submitter: 'Someone',
      claims: [{ provision: '16.2.1(a)', finding: 'pending' }, { provision: 'Art. 16.2.1(a)', finding: 'pending' }],
    });
    const messages = [...(submission.error?.issues ?? []), ...(dispute.error?.issues ?? [])].map((issue) => issue.message);
    expect(messages.length).toBeGreaterThanOrEqual(4);
    for (const message of messages) expect(localizeApiMessage(message), message).not.toBeNull();
  });

  it('knows the messages of limits.agree and of an event that does not fit the case', () => {
    const parsed = limitsAgreeInput.safeParse({ caseId: '6f1b0a52-8d4e-4c1e-9d55-0b7b1a2f7c11', rule: 'cafta-dr.commission-request', days: 1.5 });
    for (const issue of parsed.error?.issues ?? []) expect(localizeApiMessage(issue.message), issue.message).not.toBeNull();
    const neither = limitsAgreeInput.safeParse({ caseId: '6f1b0a52-8d4e-4c1e-9d55-0b7b1a2f7c11', rule: 'cafta-dr.commission-request' });
    expect(localizeApiMessage(neither.error?.issues[0]?.message ?? '')?.key).toBe('form.error.agreedDateOrDays');
    // Handler messages (db/limits/handlers.ts, db/events/handlers.ts).
    for (const message of [
      'The article of this time limit allows no other period',
      'No such time limit under this agreement',
      'This time limit is not running for this case yet',
      'Not a step of this kind of case',
    ])
      expect(localizeApiMessage(message), message).not.toBeNull();
  });
});

describe('field paths', () => {
  it('maps list items to their field', () => {
    expect(fieldOf('hsCodes.1')).toBe('hsCodes');
    expect(indexOf('hsCodes.1')).toBe(1);
    expect(indexOf('title')).toBeNull();
    expect([...groupFieldErrors({ 'hsCodes.0': 'a', title: 'b', 'hsCodes.2': 'c' }).entries()]).toEqual([
      ['hsCodes', [{ path: 'hsCodes.0', message: 'a' }, { path: 'hsCodes.2', message: 'c' }]],
      ['title', [{ path: 'title', message: 'b' }]],
    ]);
  });
});
