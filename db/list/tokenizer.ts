// What an FTS5 tokenizer makes of each character, learned from SQLite itself:
// a private in-memory database indexes one short text per character with the
// same tokenizer and reads back the tokens. The list engine then tells, in
// JavaScript, whether a row's text holds the words typed — exactly as the
// full-text index would — without asking the index once per row (issue 6 §2:
// the first page of a common word walks the sort index). A character not
// learned here is never guessed at: text holding one is "not known" and the
// index decides (fullText.ts).
import Database from 'better-sqlite3';

/**
 * By code point, for each character learned: its folded text when it belongs
 * to a token ('' for a mark the tokenizer drops), null when it separates
 * tokens; undefined when not learned.
 */
export type Folding = readonly (string | null | undefined)[];

/**
 * The characters learned: ASCII, the Latin letters and their combining marks
 * (Spanish and every language the treaties' Parties write in), general
 * punctuation (dashes, quotes, spaces) and currency signs. NUL is left out:
 * it would end the probe's text.
 */
const PROBED: readonly (readonly [number, number])[] = [
  [0x0001, 0x036f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
];

const learned = new Map<string, Folding>();

/** How `tokenize` (an FTS5 tokenize option, "unicode61 remove_diacritics 2") treats each probed character. */
export function learnedFolding(tokenize: string): Folding {
  const known = learned.get(tokenize);
  if (known !== undefined) return known;
  const db = new Database(':memory:');
  try {
    db.exec(`CREATE VIRTUAL TABLE probe USING fts5(text, tokenize = '${tokenize.replaceAll("'", "''")}');
             CREATE VIRTUAL TABLE probe_terms USING fts5vocab(probe, 'instance');`);
    const insert = db.prepare('INSERT INTO probe (rowid, text) VALUES (?, ?)');
    db.transaction(() => {
      for (const [first, last] of PROBED) {
        // Between two letters: a separator splits them, a token character joins them.
        for (let code = first; code <= last; code += 1) insert.run(code, `q${String.fromCodePoint(code)}q`);
      }
    })();
    const terms = new Map<number, string[]>();
    for (const { doc, term } of db.prepare('SELECT doc, term FROM probe_terms ORDER BY doc, offset').all() as { doc: number; term: string }[]) {
      terms.set(doc, [...(terms.get(doc) ?? []), term]);
    }
    const folding: (string | null | undefined)[] = [];
    for (const [code, found] of terms) {
      if (found.length === 2 && found[0] === 'q' && found[1] === 'q') folding[code] = null;
      else if (found.length === 1 && /^q.*q$/su.test(found[0] as string)) folding[code] = (found[0] as string).slice(1, -1);
      // Anything else (never seen) stays unknown.
    }
    learned.set(tokenize, folding);
    return folding;
  } finally {
    db.close();
  }
}

/**
 * The tokens of `text`, folded, as the tokenizer makes them; null when the
 * text holds a character not learned.
 */
export function tokensOf(text: string, folding: Folding): string[] | null {
  const tokens: string[] = [];
  let token = '';
  let open = false;
  // A token of nothing but dropped marks: whether the tokenizer keeps it as an empty token is not learned.
  const close = () => {
    if (token === '') return false;
    tokens.push(token);
    token = '';
    return true;
  };
  for (let index = 0; index < text.length; index += 1) {
    let code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      code = text.codePointAt(index) as number;
      index += 1;
    }
    const folded = folding[code];
    if (folded === undefined) return null;
    if (folded === null) {
      if (open && !close()) return null;
      open = false;
    } else {
      token += folded;
      open = true;
    }
  }
  if (open && !close()) return null;
  return tokens;
}
