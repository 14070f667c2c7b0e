// What a user reads when the data cannot be opened: one sentence naming the
// folder and what to do — never SQLite's or the system's raw text.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempFolder } from '../../db/testing/testDatabase';
import { openData, StartupError } from './startup';

describe('openData', () => {
  it('says in one plain sentence that a data folder which is a file cannot be opened', async () => {
    const folder = path.join(tempFolder(), 'not-a-folder');
    fs.writeFileSync(folder, 'a file where the data folder should be');
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const failure = await openData(['--data', folder], {}, { host: 'browser', demo: false, deviceId: 'test-device' }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(StartupError);
      const message = (failure as StartupError).message;
      expect(message).toMatch(new RegExp(`^Commission Desk could not open its data in ${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(message).toContain('your data has not been changed');
      expect(message).not.toMatch(/not a directory|at \w+ \(|Error:/);
      expect(message.split('\n')).toHaveLength(1);
    } finally {
      log.mockRestore();
    }
  });

  it('carries the cause of a failure inside the data service across to the sentence, not its text', async () => {
    const folder = tempFolder();
    // A folder where the data file should be: the service's open fails with EISDIR.
    fs.mkdirSync(path.join(folder, 'commission-desk.sqlite'));
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const failure = await openData(['--data', folder], {}, { host: 'browser', demo: false, deviceId: 'test-device' }).then(
        () => null,
        (error: unknown) => error,
      );
      expect((failure as StartupError).message).toBe(
        `Commission Desk could not open its data in ${folder} (EISDIR). The details are in the log; your data has not been changed.`,
      );
      expect(fs.existsSync(path.join(folder, 'commission-desk.lock')), 'the lock is released').toBe(false);
      // The log gets one line with the code and the system's words, never a stack.
      const calls = log.mock.calls.filter((args) => String(args[0]).startsWith('[startup]'));
      expect(calls).toEqual([[expect.stringMatching(/^\[startup\] opening .* failed: EISDIR: [^\n]+$/)]]);
    } finally {
      log.mockRestore();
    }
  });
});
