// Data files damaged the ways disks and copies damage them (issue 7 §7): one
// page of the cases table zeroed, and a file cut short. Tests and the e2e
// recovery spec build them in a fresh data folder; nothing in the app uses them.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { databaseFile } from '../dataFolder';
import { createDispatch } from '../dispatch';
import { openDatabase } from '../open';
import { caseInput } from '../testing/testDatabase';

export type DamagedFolder = Readonly<{
  folder: string;
  file: string;
  /** Cases the file held before it was damaged. */
  cases: number;
}>;

/**
 * A data folder with `cases` cases (long summaries, so the cases table spans
 * many pages), closed cleanly: the file holds everything, no write-ahead log.
 */
export async function healthyFolder(folder: string, cases = 120): Promise<DamagedFolder> {
  const file = databaseFile(folder);
  const db = await openDatabase(file);
  try {
    const dispatch = createDispatch(db, { device: 'test-laptop', now: () => new Date(2026, 2, 10, 9) });
    for (let index = 0; index < cases; index += 1) {
      const answer = dispatch('cases.create', caseInput({ title: `Import licensing measure ${index + 1}`, summary: `Consultations on the licensing regime, case ${index + 1}. `.repeat(12) }));
      if (!answer.ok) throw new Error(`cases.create failed: ${JSON.stringify(answer.error)}`);
    }
  } finally {
    db.close();
  }
  return { folder, file, cases };
}

/** The pages of a table's b-tree that hold rows (leaves), in page order. */
export function leafPages(file: string, table: string): number[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno").pluck().all(table) as number[];
  } finally {
    db.close();
  }
}

/** Overwrites one page of the file with zeros, as a failed sector write leaves it. */
export function zeroPage(file: string, page: number): void {
  const pageSize = fs.readFileSync(file).readUInt16BE(16);
  const size = pageSize === 1 ? 65_536 : pageSize;
  const handle = fs.openSync(file, 'r+');
  try {
    fs.writeSync(handle, Buffer.alloc(size), 0, size, (page - 1) * size);
  } finally {
    fs.closeSync(handle);
  }
}

/** A data folder whose file has one leaf page of the cases table zeroed (the middle one). */
export async function zeroedCasesPageFolder(folder: string, cases = 120): Promise<DamagedFolder & { page: number }> {
  const healthy = await healthyFolder(folder, cases);
  const leaves = leafPages(healthy.file, 'cases');
  const page = leaves[Math.floor(leaves.length / 2)];
  if (page === undefined || leaves.length < 3) throw new Error(`the cases table has only ${leaves.length} leaf pages; add cases`);
  zeroPage(healthy.file, page);
  return { ...healthy, page };
}

/** A data folder whose file was cut to `fraction` of its size (an interrupted copy). */
export async function truncatedFolder(folder: string, fraction = 0.5, cases = 120): Promise<DamagedFolder> {
  const healthy = await healthyFolder(folder, cases);
  const size = fs.statSync(healthy.file).size;
  fs.truncateSync(healthy.file, Math.floor((size * fraction) / 4096) * 4096);
  return healthy;
}
