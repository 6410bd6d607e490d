// Who may use the page: whoever has the configured token, given once on the sign-in form (then a
// session cookie) or on every request as `Authorization: Bearer <token>` (scripts, tests).
// Sessions are random ids kept in memory, each with its own form token, so a form posted from
// another site cannot make corrections; the Origin (or Sec-Fetch-Site) header is checked too.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'briefbot_session';
export const EDITOR_COOKIE = 'briefbot_editor';
/** A session lasts a working day; signing in again starts another. */
export const SESSION_MS = 12 * 3_600_000;
const MAX_SESSIONS = 1000;
/** Failed sign-ins allowed per minute, all clients together: the token cannot be guessed at speed. */
const FAILURES_PER_MINUTE = 20;

export interface Session {
  id: string;
  csrf: string;
  expires: number;
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time equality of two strings (of their SHA-256 digests, so lengths leak nothing). */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export class Sessions {
  private readonly byId = new Map<string, Session>();
  private failures: { minute: number; count: number } = { minute: 0, count: 0 };

  constructor(
    private readonly token: string,
    private readonly now: () => Date,
  ) {}

  /** Whether the token given is the configured one. */
  checkToken(given: string): boolean {
    return sameSecret(given, this.token);
  }

  /** Counts a failed sign-in. */
  failed(): void {
    const minute = Math.floor(this.now().getTime() / 60_000);
    if (this.failures.minute !== minute) this.failures = { minute, count: 0 };
    this.failures.count++;
  }

  /** Too many failed sign-ins this minute: refuse to check more until the next. */
  throttled(): boolean {
    const minute = Math.floor(this.now().getTime() / 60_000);
    return this.failures.minute === minute && this.failures.count >= FAILURES_PER_MINUTE;
  }

  create(): Session {
    const t = this.now().getTime();
    for (const [id, s] of this.byId) if (s.expires <= t) this.byId.delete(id);
    // the oldest go first when too many are open
    while (this.byId.size >= MAX_SESSIONS) this.byId.delete(this.byId.keys().next().value!);
    const s: Session = { id: randomBytes(32).toString('base64url'), csrf: randomBytes(24).toString('base64url'), expires: t + SESSION_MS };
    this.byId.set(s.id, s);
    return s;
  }

  get(id: string | undefined): Session | null {
    if (!id) return null;
    const s = this.byId.get(id);
    if (!s) return null;
    if (s.expires <= this.now().getTime()) {
      this.byId.delete(id);
      return null;
    }
    return s;
  }

  end(id: string): void {
    this.byId.delete(id);
  }
}

/** The bearer token of an Authorization header, or null. */
export function bearer(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m ? m[1]! : null;
}

/**
 * Whether a POST comes from this site. The browser's Sec-Fetch-Site says so first (same-origin,
 * or none: typed by the user); without it, an Origin other than this server's is refused. Pages
 * are served with Referrer-Policy no-referrer, under which browsers send `Origin: null` on form
 * posts, so a null Origin decides nothing. Requests with neither (scripts, old browsers) pass
 * here; a cookie session still needs its form token, and its cookie is SameSite=Strict.
 */
export function sameOrigin(requestUrl: string, origin: string | undefined, fetchSite: string | undefined): boolean {
  if (fetchSite) return fetchSite === 'same-origin' || fetchSite === 'none';
  if (origin && origin !== 'null') {
    try {
      return new URL(origin).origin === new URL(requestUrl).origin;
    } catch {
      return false;
    }
  }
  return true;
}

/** A path on this site to go back to after a form, or the fallback: never another site. */
export function localPath(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\') || /[\u0000-\u001f]/.test(next)) return fallback;
  return next.length > 2000 ? fallback : next;
}
