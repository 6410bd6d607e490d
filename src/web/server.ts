// Serves the curation web page on a socket: bound to 127.0.0.1 unless told otherwise, and only
// with a token (no token, no page).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { logger } from '../log.ts';
import type { Store } from '../store/index.ts';
import { createWebApp, NO_TOKEN } from './app.ts';

export interface StartWebOptions {
  store: Store;
  /** BRIEFBOT_WEB_TOKEN; null refuses to start. */
  token: string | null;
  /** Default 127.0.0.1: the page is for this machine unless the host is set. */
  host?: string;
  /** 0: any free port (the url says which). */
  port: number;
  now?: () => Date;
}

export interface WebServer {
  /** Where the page is: http://127.0.0.1:8787 */
  url: string;
  close(): Promise<void>;
}

export async function startWeb(o: StartWebOptions): Promise<WebServer> {
  if (!o.token) throw new Error(NO_TOKEN);
  const app = createWebApp({ store: o.store, token: o.token, ...(o.now ? { now: o.now } : {}) });
  const host = o.host?.trim() || '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: o.port }) as Server;
    s.once('error', reject);
    s.once('listening', () => {
      s.off('error', reject);
      resolve(s);
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${shown}:${port}`;
  logger.info({ url }, 'curation web page listening');
  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // keep-alive connections would hold close() open until they time out
        server.closeAllConnections();
      }),
  };
}
