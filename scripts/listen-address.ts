/**
 * Where `npm start` listens: loopback (127.0.0.1) unless `HOST` names
 * another address, so the local stack (whose dev sign-in hands out tokens
 * and whose data includes contacts) is not reachable from the network by
 * default. Any other address gets a warning saying what it exposes.
 */
import { isIP } from 'node:net';

export const LOOPBACK_HOST = '127.0.0.1';

export interface ListenAddress {
  host: string;
  /** Printed at start when the address is reachable from other machines. */
  warning?: string;
}

const isLoopback = (host: string): boolean => host === 'localhost' || host === '::1' || /^127\./.test(host);

/** The address to bind, from the `HOST` environment variable; throws on one that is not an address or `localhost`. */
export function listenAddressFrom(hostVariable: string | undefined): ListenAddress {
  const host = hostVariable?.trim() ? hostVariable.trim() : LOOPBACK_HOST;
  if (host !== 'localhost' && isIP(host) === 0)
    throw new Error(`HOST=${host} is not an IP address (or localhost); unset it to listen on ${LOOPBACK_HOST}`);
  if (isLoopback(host)) return { host };
  return {
    host,
    warning:
      `HOST=${host}: the local server is reachable from other machines, and its development sign-in issues tokens to anyone ` +
      'who asks. Use it only on a network you trust; unset HOST to listen on 127.0.0.1 only.',
  };
}
