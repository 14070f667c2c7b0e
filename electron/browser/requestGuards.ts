// The loopback host's gatekeeping, after Jupyter's model: a random token per
// run, and Host/Origin checks so a web page that rebinds its DNS name to
// 127.0.0.1 still cannot talk to us. The printed `?token=` address is
// exchanged once for a session cookie (issue 7 §5), so new tabs, reloads and
// links within the session work without the page ever holding the token.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** 32 random bytes, URL-safe: goes into the printed address as ?token=. */
export function newToken(): string {
  return randomBytes(32).toString('base64url'); // SECURITY: unguessable per-run secret
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Equal, non-empty secrets; compared in constant time. */
export function sameSecret(presented: string, expected: string): boolean {
  // SECURITY: hash both sides to equal length so timingSafeEqual never throws
  // and the comparison time says nothing about the secret.
  return timingSafeEqual(digest(presented), digest(expected)) && presented.length > 0;
}

/** True when the header is exactly `Bearer <token>`; compared in constant time. */
export function hasValidToken(authorization: string | undefined, token: string): boolean {
  return sameSecret(/^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '', token);
}

/**
 * The session cookie's name carries the port: cookies are shared by every
 * port of a host name, so two browser hosts running side by side (two data
 * folders) would otherwise overwrite each other's session.
 */
export function sessionCookieName(port: number): string {
  return `commission-desk-${port}`;
}

/**
 * The Set-Cookie value for the session. SECURITY: HttpOnly (no script reads
 * it), SameSite=Strict (no other site's page or link sends it), no Domain (this
 * host name only), Path=/, and no Expires: it ends with the browser session,
 * and the secret with this run of the host anyway.
 */
export function sessionCookie(name: string, secret: string): string {
  return `${name}=${secret}; Path=/; HttpOnly; SameSite=Strict`;
}

/** The values of every cookie called `name` in a Cookie header (a browser may send several). */
function cookieValues(header: string | undefined, name: string): string[] {
  if (header === undefined) return [];
  return header
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.startsWith(`${name}=`))
    .map((pair) => pair.slice(name.length + 1));
}

export type Credentials = Readonly<{ token: string; cookieName: string; sessionSecret: string }>;

/**
 * True when the request carries the Bearer token or the session cookie. Either
 * suffices: the cookie is what the page uses, the Bearer token what scripts and
 * tools use. Host and Origin are checked before this, for both.
 */
export function isAuthorized(headers: IncomingHttpHeaders, credentials: Credentials): boolean {
  if (hasValidToken(headers.authorization, credentials.token)) return true;
  return cookieValues(headers.cookie, credentials.cookieName).some((value) => sameSecret(value, credentials.sessionSecret));
}

/** The `token` query parameter of a raw request target, or null. */
export function tokenInQuery(rawUrl: string): string | null {
  const query = rawUrl.split('#', 1)[0]?.split('?').slice(1).join('?') ?? '';
  if (query === '') return null;
  return new URLSearchParams(query).get('token');
}

/** The Host values a genuine loopback request carries. */
function allowedHosts(port: number): readonly string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * Returns why a request must be refused (403), or null when its Host and
 * Origin are ours. Origin may be absent (same-origin GETs, curl); when present
 * it must be our own origin.
 */
export function originProblem(headers: IncomingHttpHeaders, port: number): string | null {
  const hosts = allowedHosts(port);
  // SECURITY: DNS-rebinding defence — a foreign name resolving to 127.0.0.1 sends its own Host.
  if (!hosts.includes((headers.host ?? '').toLowerCase())) return 'unexpected Host header';
  const origin = headers.origin;
  // SECURITY: cross-site requests from other pages (CSRF) carry their Origin.
  if (origin !== undefined && !hosts.map((host) => `http://${host}`).includes(origin.toLowerCase())) return 'unexpected Origin header';
  return null;
}
