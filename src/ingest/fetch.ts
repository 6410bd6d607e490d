// Fetching pages and feeds from addresses users and publishers give us, without letting them
// point briefbot at the machine it runs on or the network behind it.
//
// undici (not node's built-in fetch) because its Agent takes a `connect.lookup`: the address
// check runs inside the connection, on the very addresses the socket is about to use, so a
// hostname whose DNS answer changes between a check and the connect (DNS rebinding) cannot slip
// past. The built-in fetch only accepts such an Agent from the undici package anyway. `request`
// (not undici's fetch) because it follows no redirects and decodes nothing by itself: every hop is
// checked here, and the size cap counts the bytes as they arrive. undici 6 rather than 7 because
// 7 needs Node 20.18.1 and briefbot runs on any Node 20; discord.js already brings undici 6.
// ipaddr.js names the address ranges (IPv4 and IPv6) so they are not hand-written here.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { STATUS_CODES } from 'node:http';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import ipaddr from 'ipaddr.js';
import { Agent, request } from 'undici';
import { formatMegabytes, printable } from './errors.ts';

export type FetchKind = 'page' | 'feed';

export interface FetchOptions {
  /** The most bytes accepted (as sent, and once decompressed); default 5 MB. */
  maxBytes?: number;
  /** For the whole exchange, redirects and body included; default 15 s. */
  timeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Allows every address: loopback, private, link-local, unique-local, CGNAT, multicast, unspecified. Default false. */
  allowPrivate?: boolean;
  /** Allows loopback addresses (127/8, ::1) only, the rest stays refused: for tests against a local server. Default false. */
  allowLoopback?: boolean;
  /** The content types acceptable: web pages (HTML, plain text, Markdown) and/or feeds (RSS, Atom, XML). */
  accept: readonly FetchKind[];
  /** Sent as If-None-Match. */
  etag?: string | null;
  /** Sent as If-Modified-Since. */
  lastModified?: string | null;
  userAgent?: string;
}

export interface Fetched {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  /** 304: the etag or last-modified sent still holds; `body` is ''. */
  notModified: boolean;
  contentType: string | null;
  /** Decoded by the charset the response declares (header, BOM, or the document's own declaration). */
  body: string;
  etag: string | null;
  lastModified: string | null;
}

export type FetchFailure = 'scheme' | 'address' | 'timeout' | 'too-large' | 'content-type' | 'status' | 'redirects' | 'network';

/** A fetch refused or failed; `message` is one sentence fit to show in chat. */
export class FetchError extends Error {
  readonly reason: FetchFailure;
  readonly status?: number;
  /** The address that failed: the one asked for, or the redirect hop that was refused. */
  readonly url: string;

  constructor(reason: FetchFailure, url: string, message: string, status?: number) {
    super(message);
    this.name = 'FetchError';
    this.reason = reason;
    this.url = url;
    if (status !== undefined) this.status = status;
  }
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_USER_AGENT = 'briefbot/0.1 (newsroom bot)';

const TYPES: Record<FetchKind, readonly string[]> = {
  page: ['text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown'],
  feed: ['application/rss+xml', 'application/atom+xml', 'application/xml', 'text/xml', 'application/rdf+xml'],
};
const ACCEPT_HEADER: Record<FetchKind, string> = {
  page: 'text/html, application/xhtml+xml;q=0.9, text/markdown;q=0.8, text/plain;q=0.7',
  feed: 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8',
};
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

// ---- addresses ----

interface AddressPolicy {
  allowPrivate: boolean;
  allowLoopback: boolean;
}

const RANGE_NAMES: Record<string, string> = {
  private: 'a private address',
  loopback: 'a loopback address',
  linkLocal: 'a link-local address',
  uniqueLocal: 'a unique-local address',
  carrierGradeNat: 'a carrier-grade NAT address',
  multicast: 'a multicast address',
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  reserved: 'a reserved address',
};

/** Why an IP address may not be fetched from ("a private address"), or null when it may. */
export function refusedAddress(ip: string, policy: AddressPolicy): string | null {
  if (policy.allowPrivate) return null;
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    addr = ipaddr.parse(ip);
  } catch {
    return 'not a valid address';
  }
  // ::ffff:10.0.0.1 reaches 10.0.0.1
  if (addr instanceof ipaddr.IPv6 && addr.isIPv4MappedAddress()) addr = addr.toIPv4Address();
  // ::10.0.0.1 (IPv4-compatible, long deprecated) could reach 10.0.0.1 on some stacks
  if (addr instanceof ipaddr.IPv6 && addr.parts.slice(0, 6).every((p) => p === 0) && addr.range() === 'unicast') return RANGE_NAMES.reserved!;
  const range = addr.range();
  if (range === 'unicast') return null;
  if (range === 'loopback' && policy.allowLoopback) return null;
  // NAT64, 6to4, Teredo and the like can all wrap an inner private address
  return RANGE_NAMES[range] ?? `a special-purpose address (${range})`;
}

/** Thrown from inside the connection when a hostname resolves to a refused address. */
class AddressRefused extends Error {
  constructor(
    readonly ip: string,
    readonly kind: string,
  ) {
    super(`refused address ${ip}`);
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup, refusing the whole hostname when any address it resolves to is refused. */
function guardedLookup(policy: AddressPolicy) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      if (addresses.length === 0) {
        const notFound: NodeJS.ErrnoException = new Error(`no address for ${hostname}`);
        notFound.code = 'ENOTFOUND';
        return callback(notFound, []);
      }
      for (const a of addresses) {
        const why = refusedAddress(a.address, policy);
        if (why) return callback(new AddressRefused(a.address, why), []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

// ---- messages ----

/** A URL as shown in messages: no user:password, no fragment, not endless, no control characters. */
function shown(url: string): string {
  let s = url;
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    u.hash = '';
    s = u.href;
  } catch {
    // not a URL: shown as given
  }
  if (s.length > 200) s = `${s.slice(0, 199)}…`;
  return printable(s);
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(ms < 10_000 ? 1 : 0))} s`;
}

function sizeLimit(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${formatMegabytes(bytes)} MB`;
}

function wanted(accept: readonly FetchKind[]): string {
  const page = accept.includes('page');
  const feed = accept.includes('feed');
  return page && feed ? 'a web page or a feed' : feed ? 'an RSS or Atom feed' : 'a web page';
}

const ALLOW_HINT = 'set BRIEFBOT_FETCH_ALLOW_PRIVATE=true to allow it';

// ---- the fetch ----

class TooLarge extends Error {}

/**
 * GETs a page or feed: http and https only, every address checked (each redirect hop, each
 * address a hostname resolves to), at most `maxBytes` read, all within `timeoutMs`, the content
 * type checked against `accept`. Throws FetchError; never returns a partial body.
 */
export async function fetchSafely(url: string, o: FetchOptions): Promise<Fetched> {
  const maxBytes = o.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = o.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const policy: AddressPolicy = { allowPrivate: o.allowPrivate ?? false, allowLoopback: o.allowLoopback ?? false };
  if (o.accept.length === 0) throw new TypeError('fetchSafely: accept must name at least one of page, feed');

  const start = checkedUrl(url, null);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  // undici's own timeouts are per stage (connect, headers, each body chunk); ours bounds the whole
  // exchange, theirs only back it up
  const agent = new Agent({
    connect: { lookup: guardedLookup(policy), timeout: timeoutMs },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const headers: Record<string, string> = {
    'user-agent': o.userAgent ?? DEFAULT_USER_AGENT,
    accept: o.accept.map((k) => ACCEPT_HEADER[k]).join(', '),
    'accept-encoding': 'gzip, br',
  };
  if (o.etag) headers['if-none-match'] = o.etag;
  if (o.lastModified) headers['if-modified-since'] = o.lastModified;

  let current = start;
  const via = (u: URL) => (u === start ? shown(u.href) : `${shown(u.href)} (where ${shown(start.href)} redirects)`);
  try {
    const seen = new Set<string>([current.href]);
    for (let hop = 0; ; hop++) {
      const host = current.hostname.replace(/^\[|\]$/g, '');
      // net.connect skips `lookup` for a literal IP, so those are checked here
      if (isIP(host)) {
        const why = refusedAddress(host, policy);
        if (why) throw new FetchError('address', current.href, `${via(current)} is ${why} (${host}); ${ALLOW_HINT}`);
      }
      const res = await request(current, { method: 'GET', headers, dispatcher: agent, signal: controller.signal, maxRedirections: 0 });
      const status = res.statusCode;

      if (REDIRECTS.has(status)) {
        discard(res.body);
        const location = header(res.headers, 'location');
        let next: URL | null = null;
        try {
          next = location ? new URL(location, current) : null;
        } catch {
          next = null;
        }
        if (!next) throw new FetchError('redirects', current.href, `${via(current)} answered HTTP ${status} without a valid address to go to`, status);
        const target = checkedUrl(next.href, () => `${shown(next.href)} (where ${shown(start.href)} redirects)`);
        if (seen.has(target.href)) throw new FetchError('redirects', target.href, `${shown(start.href)} redirects in a loop`);
        if (hop + 1 > maxRedirects) throw new FetchError('redirects', target.href, `${shown(start.href)} redirects more than ${maxRedirects} time${maxRedirects === 1 ? '' : 's'}`);
        current = target;
        seen.add(current.href);
        continue;
      }

      const etag = header(res.headers, 'etag');
      const lastModified = header(res.headers, 'last-modified');
      const contentType = header(res.headers, 'content-type');
      if (status === 304) {
        discard(res.body);
        return { url: current.href, status, notModified: true, contentType, body: '', etag, lastModified };
      }
      if (status < 200 || status > 299) {
        discard(res.body);
        const text = STATUS_CODES[status];
        throw new FetchError('status', current.href, `${via(current)} answered HTTP ${status}${text ? ` (${text})` : ''}`, status);
      }
      const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() || null;
      if (mediaType && !o.accept.some((k) => TYPES[k].includes(mediaType))) {
        discard(res.body);
        throw new FetchError('content-type', current.href, `${via(current)} is not ${wanted(o.accept)} (its content type is ${printable(mediaType.slice(0, 100))})`);
      }
      const length = Number(header(res.headers, 'content-length') ?? NaN);
      if (length > maxBytes) {
        discard(res.body);
        throw new FetchError('too-large', current.href, `${via(current)} is too large (over ${sizeLimit(maxBytes)})`);
      }
      const encodings = (header(res.headers, 'content-encoding') ?? '')
        .toLowerCase()
        .split(',')
        .map((e) => e.trim())
        .filter((e) => e && e !== 'identity');
      const unknown = encodings.find((e) => !DECODERS[e]);
      if (unknown) {
        discard(res.body);
        throw new FetchError('content-type', current.href, `${via(current)} is sent in an encoding briefbot cannot read (${printable(unknown.slice(0, 40))})`);
      }
      let bytes: Buffer;
      try {
        bytes = await readCapped(res.body, encodings, maxBytes);
      } catch (err) {
        if (err instanceof TooLarge) throw new FetchError('too-large', current.href, `${via(current)} is too large (over ${sizeLimit(maxBytes)})`);
        throw err;
      }
      const body = decode(bytes, contentType);
      // without a declared type, text is taken as what was asked for; anything else is refused
      if (!mediaType && /\u0000/.test(body.slice(0, 4096))) {
        throw new FetchError('content-type', current.href, `${via(current)} is not ${wanted(o.accept)} (it sends binary content)`);
      }
      return { url: current.href, status, notModified: false, contentType, body, etag, lastModified };
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    if (timedOut || isTimeout(err)) throw new FetchError('timeout', current.href, `${via(current)} did not answer within ${seconds(timeoutMs)}`);
    const refused = findCause(err, (e): e is AddressRefused => e instanceof AddressRefused);
    if (refused) throw new FetchError('address', current.href, `${via(current)} resolves to ${refused.kind} (${refused.ip}); ${ALLOW_HINT}`);
    throw new FetchError('network', current.href, `${via(current)} could not be reached: ${networkProblem(err, current.hostname)}`);
  } finally {
    clearTimeout(timer);
    // closes any socket still open: a refused or oversized response is not read to its end
    agent.destroy().catch(() => {});
  }
}

/** The URL if it is an absolute http(s) address, without credentials or fragment; else a FetchError ('scheme'). */
function checkedUrl(url: string, redirected: (() => string) | null): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new FetchError('scheme', url, `${redirected ? redirected() : printable(url.slice(0, 200))} is not a web address; only http and https addresses can be fetched`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new FetchError('scheme', shown(u.href), `only http and https addresses can be fetched, not ${redirected ? redirected() : shown(u.href)}`);
  }
  // undici sends no user:password from a URL, so keeping them would only carry them into the
  // article's URL and into messages; a fragment never reaches the server either
  u.username = '';
  u.password = '';
  u.hash = '';
  return u;
}

/** Closes a response not to be read; undici reports that as an 'error' on the stream, expected here. */
function discard(body: Readable): void {
  body.on('error', () => {});
  body.destroy();
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | null {
  const v = headers[name];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined ? null : s;
}

const DECODERS: Record<string, () => zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress> = {
  // like browsers, a body cut short still gives what arrived
  gzip: () => zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH }),
  'x-gzip': () => zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH }),
  deflate: () => zlib.createInflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH }),
  br: () => zlib.createBrotliDecompress(),
};

/**
 * The body, decompressed, refused (TooLarge) as soon as more than `maxBytes` arrive or come out
 * of decompression: a small compressed body can expand a thousandfold, and a body of empty
 * compressed blocks can grow without giving anything out, so both sides are counted. An error
 * destroys the response stream, which closes the connection mid-transfer.
 */
async function readCapped(body: Readable, encodings: string[], maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let received = 0;
  let size = 0;
  async function* counted(source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      received += chunk.length;
      if (received > maxBytes) throw new TooLarge();
      yield chunk;
    }
  }
  async function collect(source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > maxBytes) throw new TooLarge();
      chunks.push(chunk);
    }
  }
  // Content-Encoding lists the encodings in the order applied: undone last first
  const decoders = [...encodings].reverse().map((e) => DECODERS[e]!());
  await (pipeline as (...streams: unknown[]) => Promise<void>)(body, counted, ...decoders, collect);
  return Buffer.concat(chunks);
}

/** The text of a body, decoded by its BOM, the Content-Type charset, or the document's own declaration; else UTF-8, or windows-1252 when it is not valid UTF-8. */
export function decode(bytes: Uint8Array, contentType: string | null): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : null;
  const declared = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1] ?? null;
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const inDocument = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1] ?? /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head)?.[1] ?? null;
  for (const label of [bom, declared, inDocument]) {
    if (!label) continue;
    // a document saying it is UTF-16 in ASCII cannot be: the HTML standard reads it as UTF-8
    const l = !bom && /^utf-?16/i.test(label) ? 'utf-8' : label;
    try {
      return new TextDecoder(l).decode(bytes);
    } catch {
      // a label TextDecoder does not know: try the next source
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function isTimeout(err: unknown): boolean {
  return !!findCause(err, (e): e is Error => {
    const code = (e as { code?: unknown }).code;
    return code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'ETIMEDOUT';
  });
}

function findCause<T>(err: unknown, is: (e: unknown) => e is T): T | null {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (is(e)) return e;
    // happy eyeballs gathers each address's failure
    if (e instanceof AggregateError) for (const inner of e.errors) if (is(inner)) return inner;
  }
  return null;
}

function networkProblem(err: unknown, hostname: string): string {
  const code = String(findCause(err, (e): e is { code: string } => typeof (e as { code?: unknown })?.code === 'string')?.code ?? '');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return `no such host (${printable(hostname.slice(0, 100))})`;
  if (code === 'ECONNREFUSED') return 'the connection was refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return 'the connection was closed';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'the host is unreachable';
  if (/CERT|SELF_SIGNED|ALTNAME|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL/.test(code)) return `its TLS certificate is not valid (${code})`;
  return code ? `network error (${code})` : 'network error';
}
