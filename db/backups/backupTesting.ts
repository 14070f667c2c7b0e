// Helpers for the backup tests: the data service on a fresh folder (inline,
// its check always passing unless the test says otherwise), typed calls, and
// the state of files to prove a refusal changed nothing.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Input, Method, Result } from '../../shared/api/contract';
import type { ApiResponse } from '../../shared/api/errors';
import { startDataService, type DataService, type IntegrityCheck } from '../service/core';
import { snapshot, tempFolder } from '../testing/testDatabase';

export type TestService = DataService &
  Readonly<{
    /** Typed call that throws when the answer is not ok. */
    ok: <M extends Method>(method: M, input: Input<M>) => Promise<Result<M>>;
    /** Typed call that returns the refusal (throws when the call succeeded). */
    refused: <M extends Method>(method: M, input: Input<M>) => Promise<Extract<ApiResponse<unknown>, { ok: false }>['error']>;
  }>;

export async function startTestService(options: Readonly<{ folder?: string; checkIntegrity?: IntegrityCheck; now?: () => Date; readOnly?: boolean }> = {}): Promise<TestService> {
  const service = await startDataService({
    folder: options.folder ?? tempFolder(),
    checkIntegrity: options.checkIntegrity ?? (async () => ({ ok: true })),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.readOnly === undefined ? {} : { readOnly: options.readOnly }),
  });
  await service.checked();
  return {
    ...service,
    // Each call and the day's copy it may start (db/service/core.ts) are over before the test looks at the folder.
    ok: async (method, input) => {
      const answer = await service.call(method, input);
      await service.idle();
      if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`);
      return answer.result as never;
    },
    refused: async (method, input) => {
      const answer = await service.call(method, input);
      await service.idle();
      if (answer.ok) throw new Error(`${method} was not refused: ${JSON.stringify(answer.result)}`);
      return answer.error;
    },
  };
}

/** A digest of every row of every table of a file, read on its own read-only connection (the service may hold it open). */
export function fileSnapshot(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return snapshot(db);
  } finally {
    db.close();
  }
}

/** The bytes of a data file and of its write-ahead log, as one digest. */
export function bytesOf(file: string): string {
  const hash = createHash('sha256');
  for (const part of [file, `${file}-wal`]) hash.update(fs.existsSync(part) ? fs.readFileSync(part) : Buffer.alloc(0));
  return hash.digest('hex');
}
