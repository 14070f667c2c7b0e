import { describe, expect, it } from 'vitest';
import { parseHostFlags, UsageError } from './hostArgs';

describe('parseHostFlags', () => {
  it('defaults to no demo and a free port', () => {
    expect(parseHostFlags([])).toEqual({ demo: false, port: 0, readOnly: false });
  });

  it('reads --demo and --port in both spellings, leaving --data alone', () => {
    expect(parseHostFlags(['--data', '/tmp/x', '--demo', '--port', '8123'])).toEqual({ demo: true, port: 8123, readOnly: false });
    expect(parseHostFlags(['--port=0'])).toEqual({ demo: false, port: 0, readOnly: false });
  });

  it('refuses a port that is missing, not a number or out of range', () => {
    expect(() => parseHostFlags(['--port'])).toThrow(UsageError);
    expect(() => parseHostFlags(['--port', 'abc'])).toThrow(/--port needs a number/);
    expect(() => parseHostFlags(['--port=70000'])).toThrow(UsageError);
    expect(() => parseHostFlags(['--port', '-1'])).toThrow(UsageError);
  });

  it('reads --read-only, which cannot load the sample casebook', () => {
    expect(parseHostFlags(['--read-only', '--data', '/tmp/x'])).toEqual({ demo: false, port: 0, readOnly: true });
    expect(() => parseHostFlags(['--read-only', '--demo'])).toThrow(/--demo loads the sample casebook, which --read-only cannot do/);
  });
});
