import { describe, expect, it } from 'vitest';
import { listenAddressFrom } from '../../../scripts/listen-address.js';

/** Issue 14, finding 6: the local stack listens on loopback unless HOST says otherwise. */
describe('where npm start listens', () => {
  it('binds 127.0.0.1 when HOST is unset or empty, without a warning', () => {
    expect(listenAddressFrom(undefined)).toEqual({ host: '127.0.0.1' });
    expect(listenAddressFrom('  ')).toEqual({ host: '127.0.0.1' });
  });

  it('accepts other loopback addresses quietly', () => {
    expect(listenAddressFrom('::1')).toEqual({ host: '::1' });
    expect(listenAddressFrom('localhost')).toEqual({ host: 'localhost' });
  });

  it('warns when HOST exposes the server to the network', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20']) {
      const address = listenAddressFrom(host);
      expect(address.host).toBe(host);
      expect(address.warning).toMatch(/reachable from other machines/);
    }
  });

  it('refuses a HOST that is not an address', () => {
    expect(() => listenAddressFrom('example.org')).toThrow(/not an IP address/);
  });
});
