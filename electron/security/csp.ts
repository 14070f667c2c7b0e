// The one Content-Security-Policy both hosts send (Electron's security checklist,
// item 7). Kept here so the desktop window and the loopback browser host can
// never drift apart. No Electron or Node imports: the browser host and the
// unit tests load this on plain Node.

/** Directive → sources. Order is kept in the header for readability. */
const DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'", // SECURITY: no inline script, no eval
  'style-src': "'self'",
  'img-src': "'self' data:",
  'connect-src': "'self'", // SECURITY: the API is same-origin; nothing remote
  'object-src': "'none'",
  'base-uri': "'none'",
  'frame-ancestors': "'none'", // SECURITY: no framing (clickjacking)
  'form-action': "'none'",
};

export const CONTENT_SECURITY_POLICY: string = Object.entries(DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources}`)
  .join('; ');

/** Headers every response from either host carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff', // SECURITY: no MIME sniffing of served files
  'Referrer-Policy': 'no-referrer', // SECURITY: the token-bearing URL never leaks
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Splits a policy into directive → sorted sources, so two spellings of the same
 * policy (e.g. the header and the renderer's <meta>) compare equal.
 */
export function parsePolicy(policy: string): ReadonlyMap<string, string> {
  const parsed = new Map<string, string>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) parsed.set(name.toLowerCase(), sources.sort().join(' '));
  }
  return parsed;
}
