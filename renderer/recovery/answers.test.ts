import { describe, expect, it } from 'vitest';
import { answeredCorrupt } from './answers';

describe('answeredCorrupt', () => {
  it('is true only for an API answer refused as corrupt', () => {
    expect(answeredCorrupt({ ok: false, error: { code: 'corrupt', reason: 'damaged', message: '' } })).toBe(true);
    expect(answeredCorrupt({ ok: false, error: { code: 'busy', reason: 'database_busy', message: '' } })).toBe(false);
    expect(answeredCorrupt({ ok: true, result: { code: 'corrupt' } })).toBe(false);
  });

  it('reads plain results of other mutations without failing', () => {
    for (const data of [undefined, null, 3, 'ok', { intact: true, checked: 12 }, { ok: false }, { ok: false, error: null }]) {
      expect(answeredCorrupt(data)).toBe(false);
    }
  });
});
