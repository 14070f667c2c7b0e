// What free text the record accepts (issue 7 §4). Titles, names, summaries and
// notes end up in the history, in exports and on other officials' screens, so
// text that cannot be read as written is refused rather than stored:
// - control characters (NUL, terminal escapes such as ESC[2J, DEL, C1 codes) —
//   long text keeps its line breaks and tabs;
// - bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder
//   what is shown so a name or an amount can read differently from what is stored;
// - lone surrogates, which cannot be stored as UTF-8 and would be silently replaced;
// - text that has characters but none a reader can see (zero-width spaces, fillers);
// - code points that are not text: the interlinear annotation marks and the
//   object replacement character (U+FFF9–U+FFFC), stand-ins for something a
//   word processor left out, and Unicode's noncharacters (U+FDD0–U+FDEF and the
//   last two of every plane), which Unicode keeps for a program's own use;
// - a combining mark (an accent) at the start, with no letter to sit on: it is
//   drawn on whatever comes before it on the screen — a label, a quote mark.
// Line and paragraph separators (U+2028, U+2029) are line breaks: refused in a
// single line as the line feed is, made plain line breaks in long text.
// Each refusal is a field error code (shared/api/errors.ts).

export type FreeTextProblem = 'lone_surrogate' | 'control_character' | 'bidi_control' | 'invisible_only' | 'not_text' | 'starts_with_mark';

export type FreeTextKind = Readonly<{
  /** Long text (a summary, an event's text): line breaks and tabs are part of it. */
  multiline: boolean;
}>;

// Without the u flag a regular expression sees UTF-16 code units, so an
// unpaired half of a surrogate pair can be matched.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
// Long text turns U+2028 / U+2029 into line breaks before this check (normalizeFreeText).
const CONTROL_EXCEPT_BREAKS = /[^\P{Cc}\n\t]/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const NOT_TEXT = /[\uFFF9-\uFFFC\p{Noncharacter_Code_Point}]/u;
// Spaces before it are trimmed from required text, so the mark would lead.
const STARTS_WITH_MARK = /^\s*\p{M}/u;
const LINE_SEPARATORS = /[\u2028\u2029]/g;
// Whitespace, the code points Unicode says to draw as nothing (zero-width
// space and joiners, word joiner, BOM, soft hyphen, Hangul fillers, variation
// selectors, tags…) and the braille blank, a common "empty-looking" name.
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}\u2800]/gu;

/** The first rule the text breaks, or null when it may be stored. */
export function freeTextProblem(value: string, kind: FreeTextKind): FreeTextProblem | null {
  if (LONE_SURROGATE.test(value)) return 'lone_surrogate';
  if ((kind.multiline ? CONTROL_EXCEPT_BREAKS : CONTROL).test(value)) return 'control_character';
  if (BIDI_CONTROL.test(value)) return 'bidi_control';
  if (NOT_TEXT.test(value)) return 'not_text';
  // Spaces alone are an empty field (normalizeFreeText makes them empty).
  if (value.trim() !== '' && value.replace(INVISIBLE, '') === '') return 'invisible_only';
  // After the invisible check: a lone variation selector or grapheme joiner is a mark too, but "invisible" says more.
  if (STARTS_WITH_MARK.test(value)) return 'starts_with_mark';
  return null;
}

/**
 * The form text is stored in: composed (NFC), so "é" typed as e + U+0301 and
 * as one character is the same text for search, comparison and the history;
 * long text with Windows line ends (CR LF) and Unicode's line and paragraph
 * separators as plain line breaks; text of nothing but spaces (no-break
 * spaces and line breaks included) as empty, as if the field was left empty.
 */
export function normalizeFreeText(value: string, kind: FreeTextKind): string {
  if (value.trim() === '') return '';
  const composed = value.normalize('NFC');
  return kind.multiline ? composed.replace(/\r\n/g, '\n').replace(LINE_SEPARATORS, '\n') : composed;
}
