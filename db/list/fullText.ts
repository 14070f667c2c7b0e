// Text search through an FTS5 index, for any list whose table has one
// (issue 6 §2). Each typed word is a phrase matched as a prefix ("dairy*"),
// and all words must match. Two costs grew with the table at 1,000,000 rows:
// - a prefix longer than the index's own prefix indexes makes FTS5 merge
//   every matching term's whole list of rows before the first match: the
//   word is rewritten as the terms it stands for ("dairy" OR "dairyman"),
//   found in the index's vocabulary, which FTS5 reads lazily, so counting up
//   to a cap stops at the cap;
// - sorting a common word's third of a million matches by date: the page
//   walks the sort index instead and tests each row's own text in
//   JavaScript, tokenized exactly as the index tokenizes it (tokenizer.ts).
//   Text holding a character the test does not know is asked of the index.
// Either way the rows are exactly the index's matches.
import type Database from 'better-sqlite3';
import { statement } from '../statements';
import type { Condition, TextConditions } from './table';
import { learnedFolding, tokensOf, type Folding } from './tokenizer';

export type FullTextIndex = Readonly<{
  /** The FTS5 table. Its rowid is the list table's key, and it holds live rows only. */
  table: string;
  /** The list table's columns it indexes, whose text a walk tests row by row. */
  columns: readonly string[];
  /** Its tokenize option, as created. */
  tokenize: string;
  /** Its prefix option: the prefix lengths (in characters) that have an index of their own. */
  prefixes: readonly number[];
}>;

/** A word standing for more terms than this is left to FTS5's own prefix reading. */
const MAX_TERMS = 16;
/** A token longer than this is not judged in JavaScript (FTS5 limits the size of a token). */
const MAX_TOKEN = 1_000;
const MATCH_FUNCTION = 'list_text_match';

/** The words of a search: runs of non-space holding a letter or a digit. Control characters are spaces. */
export function typedWords(text: string): string[] {
  return (
    text
      .normalize('NFC')
      // A NUL inside a phrase ends FTS5's query string early and the query fails as a syntax error.
      .replace(/\p{Cc}/gu, ' ')
      .split(/\s+/u)
      .filter((word) => /[\p{L}\p{N}]/u.test(word))
  );
}

/** A typed word as an FTS5 prefix phrase. SECURITY: '"' is doubled inside the phrase; nothing else is special there. */
export function prefixPhrase(word: string): string {
  return `"${word.replaceAll('"', '""')}"*`;
}

/**
 * The conditions for `words` (typedWords) against `index`, for rows whose key
 * is `key`. Reads the index's vocabulary for words to rewrite.
 */
export function fullTextConditions(db: Database.Database, index: FullTextIndex, key: string, words: readonly string[]): TextConditions {
  const folding = learnedFolding(index.tokenize);
  const tokens = words.map((word) => tokensOf(word, folding));
  const known = tokens.every((list) => list !== null && list.length > 0 && list.every((token) => token.length <= MAX_TOKEN));
  const match = words.map((word, at) => (known ? wordQuery(db, index, folding, word, tokens[at] as string[]) : prefixPhrase(word)))
    // AND spelled out: FTS5 reads no implicit AND after a parenthesis.
    .join(' AND ');
  const inIndex = (plus: '' | '+'): Condition => ({ sql: `${plus}${key} IN (SELECT rowid FROM ${index.table} WHERE ${index.table} MATCH ?)`, params: [match] });
  const seek = inIndex('');
  const matches = { sql: `SELECT rowid FROM ${index.table} WHERE ${index.table} MATCH ?`, params: [match] };
  if (!known) {
    // "+": the matches are gathered once and each row of the sort index tested against them.
    return { seek, walk: inIndex('+'), matches };
  }
  registerMatchFunction(db);
  const fallback = inIndex('+');
  return {
    seek,
    // coalesce() stops at the first value that is not NULL: the index's matches
    // are gathered (once) only if a row's text holds a character not learned.
    walk: {
      sql: `coalesce(${MATCH_FUNCTION}(?, ${index.columns.join(', ')}), ${fallback.sql})`,
      params: [JSON.stringify([index.tokenize, tokens]), ...fallback.params],
    },
    matches,
    gathered: fallback,
  };
}

/**
 * One word as FTS5 should read it: its own prefix phrase when its last token
 * has a prefix index of that length (one list, read lazily) or stands for too
 * many terms; otherwise the phrases of the terms it stands for.
 */
function wordQuery(db: Database.Database, index: FullTextIndex, folding: Folding, word: string, tokens: readonly string[]): string {
  const last = tokens[tokens.length - 1] as string;
  if (index.prefixes.includes([...last].length)) return prefixPhrase(word);
  const terms = termsStartingWith(db, index, last);
  if (terms === null || terms.length === 0) return prefixPhrase(word);
  const head = tokens.slice(0, -1);
  const phrases: string[] = [];
  for (const term of terms) {
    const phrase = [...head, term];
    // The phrase is tokenized again by FTS5: it must give back exactly these tokens.
    const again = tokensOf(phrase.join(' '), folding);
    if (again === null || again.length !== phrase.length || again.some((token, at) => token !== phrase[at])) return prefixPhrase(word);
    phrases.push(`"${phrase.join(' ').replaceAll('"', '""')}"`);
  }
  return phrases.length === 1 ? (phrases[0] as string) : `(${phrases.join(' OR ')})`;
}

/**
 * The index's terms starting with `prefix`, in order; null when there are
 * more than MAX_TERMS. One term at a time from the 'instance' vocabulary,
 * which (unlike 'row') does not read a term's whole list to count it. The
 * vocabulary is a TEMP table: it holds nothing, and the file's schema stays
 * as the migrations made it. It is looked for each time rather than
 * remembered: it is made inside the call's transaction, and a call refused
 * after making it (a cursor that is not valid) rolls it back with the rest.
 */
function termsStartingWith(db: Database.Database, index: FullTextIndex, prefix: string): string[] | null {
  const vocabulary = `${index.table}_terms`;
  if (statement(db, "SELECT 1 FROM temp.sqlite_master WHERE type = 'table' AND name = ?").get(vocabulary) === undefined)
    db.exec(`CREATE VIRTUAL TABLE temp.${vocabulary} USING fts5vocab(main, ${index.table}, 'instance')`);
  const next = statement(db, `SELECT term FROM temp.${vocabulary} WHERE term >= ? LIMIT 1`).pluck();
  const terms: string[] = [];
  let from = prefix;
  for (;;) {
    const term = next.get(from) as string | undefined;
    if (term === undefined || !term.startsWith(prefix)) return terms;
    if (terms.length === MAX_TERMS) return null;
    terms.push(term);
    // The smallest text after `term`.
    from = `${term}\u0000`;
  }
}

type CompiledQuery = Readonly<{ folding: Folding; words: readonly (readonly string[])[] }>;
const compiled = new Map<string, CompiledQuery>();
const registered = new WeakSet<Database.Database>();

/**
 * list_text_match(query, text…): 1 when the texts (the indexed columns of
 * one row) hold every word of the query as the index would match it, 0 when
 * they do not, NULL when a text holds a character not learned where it
 * matters.
 */
function registerMatchFunction(db: Database.Database): void {
  if (registered.has(db)) return;
  db.function(MATCH_FUNCTION, { deterministic: true, varargs: true }, (query: unknown, ...texts: unknown[]) => {
    const { folding, words } = compiledQuery(query as string);
    let unsure = false;
    for (const word of words) {
      let found: boolean | null = false;
      let unknown = false;
      for (let at = 0; at < texts.length && found !== true; at += 1) {
        const text = texts[at];
        // FTS5 indexes nothing for NULL; a number's text form is SQLite's, not JavaScript's.
        found = text === null ? false : typeof text === 'string' ? columnHolds(text, word, folding) : null;
        if (found === null) unknown = true;
      }
      if (found !== true) {
        if (!unknown) return 0;
        unsure = true;
      }
    }
    return unsure ? null : 1;
  });
  registered.add(db);
}

function compiledQuery(query: string): CompiledQuery {
  let known = compiled.get(query);
  if (known === undefined) {
    const [tokenize, words] = JSON.parse(query) as [string, string[][]];
    known = { folding: learnedFolding(tokenize), words };
    // A handful of searches are live at a time (one per open list).
    if (compiled.size >= 64) compiled.clear();
    compiled.set(query, known);
  }
  return known;
}

/**
 * Whether one column's text holds the word — its tokens one after another,
 * the last as a prefix, as an FTS5 prefix phrase matches — read character by
 * character without making its tokens (a walk tests hundreds of rows per
 * page). Null when that depends on a character not learned.
 */
export function columnHolds(text: string, word: readonly string[], folding: Folding): boolean | null {
  let unknown = false;
  // Whether a token may start here: at the start, or after a separator.
  let boundary = true;
  for (let at = 0; at < text.length; ) {
    const code = text.codePointAt(at) as number;
    const width = code > 0xffff ? 2 : 1;
    const folded = folding[code];
    if (folded === undefined) {
      // Whether a token starts after it is not known either.
      unknown = true;
      boundary = false;
    } else if (folded === null) {
      boundary = true;
    } else {
      if (boundary) {
        const found = phraseAt(text, at, word, folding);
        if (found === true) return true;
        if (found === null) unknown = true;
      }
      boundary = false;
    }
    at += width;
  }
  return unknown ? null : false;
}

/** Whether the word's tokens start at `start` (a token's first character). */
function phraseAt(text: string, start: number, word: readonly string[], folding: Folding): boolean | null {
  let at = start;
  for (let index = 0; index < word.length; index += 1) {
    const expected = word[index] as string;
    const last = index === word.length - 1;
    let token = '';
    for (;;) {
      if (at >= text.length) break;
      const code = text.codePointAt(at) as number;
      const folded = folding[code];
      if (folded === undefined) return null;
      if (folded === null) break;
      token += folded;
      at += code > 0xffff ? 2 : 1;
      if (last && token.length >= expected.length) return token.startsWith(expected);
      if (!expected.startsWith(token)) return false;
    }
    // A token of nothing but dropped marks: whether the tokenizer keeps it (and so the positions) is not learned.
    if (token === '') return null;
    if (last || token !== expected) return false;
    // The separators before the next token.
    for (;;) {
      if (at >= text.length) return false;
      const code = text.codePointAt(at) as number;
      const folded = folding[code];
      if (folded === undefined) return null;
      if (folded !== null) break;
      at += code > 0xffff ? 2 : 1;
    }
  }
  return false;
}
