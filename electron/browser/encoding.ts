// Content negotiation for the static files (issue 6 §2: the 450 kB bundle was
// served uncompressed): which encoding a client accepts, by its
// Accept-Encoding header (RFC 9110 §12.5.3), and which files are worth
// compressing at all.

export type ContentEncoding = 'br' | 'gzip' | 'identity';

/** Preferred when a client weighs two encodings alike: brotli is the smaller. */
const PREFERENCE: readonly ContentEncoding[] = ['br', 'gzip', 'identity'];

function quality(parameters: readonly string[]): number {
  for (const parameter of parameters) {
    const match = /^q\s*=\s*([01](?:\.\d{0,3})?)$/i.exec(parameter.trim());
    if (match) return Number(match[1]);
  }
  return 1;
}

/**
 * The encodings a client accepts, best first: by weight, brotli before gzip
 * on a tie. `q=0` refuses an encoding; `*` stands for any not named; without
 * the header only identity is sure to be understood. Identity always comes
 * last even where refused: RFC 9110 would allow a 406, but no browser sends
 * this and a readable answer helps more.
 */
export function acceptedEncodings(acceptEncoding: string | undefined): ContentEncoding[] {
  if (acceptEncoding === undefined || acceptEncoding.trim() === '') return ['identity'];
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...parameters] = part.split(';');
    const token = (name ?? '').trim().toLowerCase();
    if (token === '') continue;
    // x-gzip is gzip's old name (RFC 9110 §8.4.1.3).
    weights.set(token === 'x-gzip' ? 'gzip' : token, quality(parameters));
  }
  const wildcard = weights.get('*');
  const weight = (encoding: ContentEncoding): number => weights.get(encoding) ?? wildcard ?? 0;
  const compressed = PREFERENCE.filter((encoding) => encoding !== 'identity' && weight(encoding) > 0);
  // Array.prototype.sort is stable: equal weights keep PREFERENCE's order.
  return [...compressed.sort((a, b) => weight(b) - weight(a)), 'identity'];
}

/** Text formats shrink several times; images and fonts are compressed already. */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|javascript)|image\/svg\+xml)/.test(contentType);
}
