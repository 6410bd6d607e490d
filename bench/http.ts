// One POST for the benchmarks that drive the bot over HTTP: node's own client, no keep-alive
// pool to hide connection costs; resolves with the status once the body is read.
import { request } from 'node:http';

export function post(url: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}
