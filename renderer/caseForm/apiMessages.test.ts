import { describe, expect, it } from 'vitest';
import { casesCreateInput } from '../../shared/api/schemas';
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
