// The text test a walk runs in JavaScript (fullText.ts, tokenizer.ts) against
// FTS5 itself: for random texts in English, Spanish and characters it never
// learned (CJK, emoji, symbols), and random words typed as prefixes, the
// test answers what MATCH answers — or "not known", never the wrong answer —
// and a word rewritten as the terms it stands for matches exactly the rows
// the prefix phrase matched (fast-check, seeded).
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { columnHolds, fullTextConditions, prefixPhrase, typedWords, type FullTextIndex } from './fullText';
import { learnedFolding, tokensOf } from './tokenizer';

const TOKENIZE = 'unicode61 remove_diacritics 2';
const INDEX: FullTextIndex = { table: 'docs_fts', columns: ['a', 'b'], tokenize: TOKENIZE, prefixes: [2, 3] };

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.exec(`CREATE TABLE docs (seq INTEGER PRIMARY KEY, a TEXT, b TEXT);
           CREATE VIRTUAL TABLE docs_fts USING fts5(a, b, content = 'docs', content_rowid = 'seq', tokenize = '${TOKENIZE}', prefix = '2 3');`);
});
afterEach(() => db.close());

/** Pieces of text: words that share prefixes, Spanish accents, a combining mark, punctuation, and characters never learned. */
const PIECES = [
  'dairy', 'Dairy', 'DAIRYMAN', 'dairying', 'daí', 'café', 'CAFE', 'cafés', 'exportación', 'Exportacion', 'ñandú', 'Núñez', 'e\u0301x',
  'CAFTA-DR-2026-001', 'cafta', 'dr', '2026', '20261', 'PTPA', 'ptpa-2019-007', 'valuation', 'valu', 'val', 'customs', 'cust',
  ' ', ' ', ' ', '  ', '-', '–', '—', '«', '»', '¿', '¡', '.', ',', '"', "'", '_', '%', '\u00a0', '\u0301', 'ß', 'İ', 'ǅ', 'ﬁ', 'Æ',
  '中文', '😀', '∑', 'Ω', 'x', 'q',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((pieces) => pieces.join(''));
/** Typed words: a piece, or the start of one. */
const typed = fc
  .tuple(fc.constantFrom(...PIECES.filter((piece) => /[\p{L}\p{N}]/u.test(piece))), fc.nat(8))
  .map(([piece, cut]) => [...piece].slice(0, Math.max(1, [...piece].length - cut)).join(''));
const SEED = 20260603;

function insert(rows: readonly (readonly [string, string])[]): void {
  const add = db.prepare('INSERT INTO docs (a, b) VALUES (?, ?)');
  for (const [a, b] of rows) add.run(a, b);
  db.exec("INSERT INTO docs_fts (docs_fts) VALUES ('rebuild')");
}

function matching(query: string): number[] {
  return db.prepare('SELECT rowid FROM docs_fts WHERE docs_fts MATCH ? ORDER BY rowid').pluck().all(query) as number[];
}

describe('the tokenizer learned from SQLite', () => {
  it('folds and splits text as FTS5 does, or says it does not know', () => {
    db.exec("CREATE VIRTUAL TABLE terms USING fts5vocab(docs_fts, 'instance')");
    const folding = learnedFolding(TOKENIZE);
    fc.assert(
      fc.property(text, (value) => {
        db.exec('DELETE FROM docs');
        insert([[value, '']]);
        const tokens = tokensOf(value, folding);
        const indexed = db.prepare("SELECT term FROM terms WHERE col = 'a' ORDER BY offset").pluck().all() as string[];
        if (tokens !== null) expect(tokens).toEqual(indexed);
        db.exec("INSERT INTO docs_fts (docs_fts) VALUES ('delete-all')");
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('knows Spanish and accented Latin text, and not what it never learned', () => {
    const folding = learnedFolding(TOKENIZE);
    expect(tokensOf('Exportación de café — Núñez, «PTPA-2019»', folding)).toEqual(['exportacion', 'de', 'cafe', 'nunez', 'ptpa', '2019']);
    expect(tokensOf('中文', folding)).toBeNull();
    expect(tokensOf('😀 dairy', folding)).toBeNull();
  });
});

describe('the text test a walk runs on each row', () => {
  it('answers what MATCH answers for a prefix phrase, or null', () => {
    const folding = learnedFolding(TOKENIZE);
    let decided = 0;
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), typed, (values, word) => {
        db.exec('DELETE FROM docs');
        insert(values.map((value) => [value, ''] as const));
        db.exec("INSERT INTO docs_fts (docs_fts) VALUES ('rebuild')");
        const tokens = tokensOf(word.normalize('NFC'), folding);
        if (tokens === null || tokens.length === 0) return;
        const matched = new Set(matching(prefixPhrase(word.normalize('NFC'))));
        values.forEach((value, at) => {
          const holds = columnHolds(value, tokens, folding);
          if (holds !== null) {
            decided += 1;
            expect(holds, `${JSON.stringify(value)} ~ ${JSON.stringify(word)}`).toBe(matched.has(at + 1));
          }
        });
        db.exec("INSERT INTO docs_fts (docs_fts) VALUES ('delete-all')");
      }),
      { seed: SEED, numRuns: 400 },
    );
    // Most texts are decided in JavaScript; only those with characters never learned go to the index.
    expect(decided).toBeGreaterThan(500);
  });

  it('as SQL: a walk with the test keeps exactly the rows MATCH keeps, in order, unknown text asked of the index', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 25 }), fc.array(typed, { minLength: 1, maxLength: 2 }), (rows, words) => {
        db.exec('DELETE FROM docs');
        insert(rows);
        const wordsTyped = typedWords(words.join(' '));
        if (wordsTyped.length === 0) return;
        const conditions = fullTextConditions(db, INDEX, 'seq', wordsTyped);
        const walked = db.prepare(`SELECT seq FROM docs WHERE ${conditions.walk.sql} ORDER BY seq`).pluck().all(...conditions.walk.params);
        const seeked = db.prepare(`SELECT seq FROM docs WHERE ${conditions.seek.sql} ORDER BY seq`).pluck().all(...conditions.seek.params);
        const expected = matching(wordsTyped.map(prefixPhrase).join(' '));
        expect(walked).toEqual(expected);
        expect(seeked).toEqual(expected);
        db.exec("INSERT INTO docs_fts (docs_fts) VALUES ('delete-all')");
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('words rewritten as the terms they stand for', () => {
  it('match the same rows as the prefix phrase, read as plain terms FTS5 reads lazily', () => {
    insert([
      ['Dairy quotas', 'dairyman'],
      ['dairying permits', 'CAFTA-DR-2026-001'],
      ['Exportación de café', 'cafés'],
      ['CAFTA-DR-2026-002', 'customs valuation'],
      ['nothing', 'here'],
    ]);
    const query = (typedText: string) => fullTextConditions(db, INDEX, 'seq', typedWords(typedText)).matches?.params[0];
    expect(query('dairy')).toBe('("dairy" OR "dairying" OR "dairyman")');
    expect(query('CAFTA-DR-2026-0')).toBe('("cafta dr 2026 001" OR "cafta dr 2026 002")');
    expect(query('exportacion cafe')).toBe('"exportacion" AND ("cafe" OR "cafes")');
    // A prefix with an index of its own stays a prefix phrase; so does a word no term starts with.
    expect(query('caf')).toBe('"caf"*');
    expect(query('zzzz')).toBe('"zzzz"*');
    for (const typedText of ['dairy', 'CAFTA-DR-2026-0', 'CAFTA-DR-2026-00', 'exportacion cafe', 'caf', 'zzzz', 'Dairy quo', 'cust valu']) {
      const conditions = fullTextConditions(db, INDEX, 'seq', typedWords(typedText));
      const rows = db.prepare(conditions.matches?.sql ?? '').pluck().all(...(conditions.matches?.params ?? []));
      expect(rows, typedText).toEqual(matching(typedWords(typedText).map(prefixPhrase).join(' ')));
    }
  });

  it('a word standing for more terms than the limit stays a prefix phrase', () => {
    insert(Array.from({ length: 20 }, (_, index) => [`term${String(index).padStart(2, '0')}x`, ''] as const));
    const conditions = fullTextConditions(db, INDEX, 'seq', ['term']);
    expect(conditions.matches?.params).toEqual(['"term"*']);
    expect(fullTextConditions(db, INDEX, 'seq', ['term1']).matches?.params[0]).toMatch(/^\("term10x" OR .* OR "term19x"\)$/);
  });
});
