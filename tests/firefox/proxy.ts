// Firefox has no --host-resolver-rules: every request goes through this local proxy (the profile's
// proxy prefs), which tunnels the mirror hosts to the fixture server and refuses every other host.
// It logs every host Firefox asked for, and the headers of every request it saw in the clear (plain
// http and the CONNECT requests themselves); the fixture server logs the headers inside the tunnels.
import { connect, createServer } from 'node:net';

/** The hosts the fixture server plays. */
const TUNNELLED = /^(github\.com|raw\.githubusercontent\.com|camo\.githubusercontent\.com|codeberg\.org|[a-z0-9-]+\.git(?:hub|lab)\.io|mirror\.example\.org|plain\.example\.com)$/i;

export interface ProxyRequest {
  method: string;
  host: string;
  tunnelled: boolean;
  /** The request's header lines as sent to the proxy. */
  headers: string[];
}

export interface Proxy {
  port: number;
  log: ProxyRequest[];
  close(): void;
}

/** `slow`: tunnels to matching hosts open only after `ms` (a slow image host). */
export async function startProxy(fixturePort: number, slow?: { hosts: RegExp; ms: number }): Promise<Proxy> {
  const log: ProxyRequest[] = [];
  const server = createServer((client) => {
    client.on('error', () => undefined);
    client.once('data', (head) => {
      const [requestLine = '', ...headers] = head.toString('latin1').split('\r\n\r\n')[0]!.split('\r\n');
      const [method = '', target = ''] = requestLine.split(' ');
      const host = method === 'CONNECT' ? target.replace(/:\d+$/, '') : URL.canParse(target) ? new URL(target).hostname : target;
      const tunnelled = method === 'CONNECT' && TUNNELLED.test(host);
      log.push({ method, host, tunnelled, headers });
      if (!tunnelled) {
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      const tunnel = (): void => {
        const upstream = connect(fixturePort, '127.0.0.1', () => {
          client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
          upstream.pipe(client);
          client.pipe(upstream);
        });
        upstream.on('error', () => client.destroy());
        client.on('close', () => upstream.destroy());
      };
      if (slow?.hosts.test(host)) setTimeout(tunnel, slow.ms);
      else tunnel();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, log, close: () => server.close() };
}

/** The profile prefs that send all of Firefox's traffic through the proxy. */
export function proxyPrefs(port: number): Record<string, string | number> {
  return {
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.no_proxies_on': '',
  };
}
