import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CONSOLE_EDGE_FUNCTION_CODE } from '../../../infra/constructs/console-edge-function.js';
import { consoleConfigFromOutputs } from '../../../infra/console-config.js';

type Handler = (event: { request: { uri: string } }) => { uri: string };

/** The function as CloudFront runs it: its source evaluated in a context of its own, `handler` called with a viewer-request event. */
const handler = runInNewContext(`${CONSOLE_EDGE_FUNCTION_CODE}\nhandler;`) as Handler;

describe('the console edge function (CloudFront viewer request)', () => {
  it('sends client-side routes such as the OAuth callback to index.html', () => {
    expect(handler({ request: { uri: '/auth/callback' } }).uri).toBe('/index.html');
    expect(handler({ request: { uri: '/' } }).uri).toBe('/index.html');
  });

  it('leaves files alone', () => {
    expect(handler({ request: { uri: '/assets/index-abc.js' } }).uri).toBe('/assets/index-abc.js');
    expect(handler({ request: { uri: '/config.json' } }).uri).toBe('/config.json');
  });
});

describe('the console configuration from stack outputs', () => {
  it('names the Cognito domain and portal client, and the same-origin GraphQL paths', () => {
    expect(
      consoleConfigFromOutputs({ AuthDomain: 'https://chainfit-prod.auth.ap-northeast-2.amazoncognito.com', PortalClientId: 'abc123' }),
    ).toEqual({
      graphqlPath: '/graphql',
      publicGraphqlPath: '/public/graphql',
      auth: {
        kind: 'cognito',
        domain: 'https://chainfit-prod.auth.ap-northeast-2.amazoncognito.com',
        clientId: 'abc123',
        scopes: ['openid', 'email', 'profile'],
      },
    });
  });

  it('says which output is missing', () => {
    expect(() => consoleConfigFromOutputs({ AuthDomain: 'https://x.example' })).toThrow(/PortalClientId/);
  });
});
