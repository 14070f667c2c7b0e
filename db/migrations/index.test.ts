// The migration list matches the files: one per numbered file, versions
// unique and increasing, named as the file is.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index';

describe('MIGRATIONS', () => {
  it('lists every migration file once, in order, with the version and name its file gives', () => {
    const files = fs
      .readdirSync(__dirname)
      .filter((name) => /^\d{4}-.+\.ts$/.test(name) && !name.endsWith('.test.ts'))
      .sort();
    const fromFiles = files.map((name) => {
      const [, digits, rest] = /^(\d{4})-(.+)\.ts$/.exec(name) ?? [];
      return { version: Number(digits), name: rest };
    });
    expect(MIGRATIONS.map(({ version, name }) => ({ version, name }))).toEqual(fromFiles);
    const versions = MIGRATIONS.map((migration) => migration.version);
    expect(new Set(versions).size).toBe(versions.length);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });
});
