import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultProvider } from '../../infra/bundle-replacements/aws-credentials-from-env.js';

/** The Lambda bundle's credential chain is the environment only (infra/bundling.ts): what Lambda sets must be enough. */
describe('the bundled credential provider', () => {
  afterEach(() => vi.unstubAllEnvs());

  it("answers the credentials Lambda puts in the function's environment", async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'ASIAEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
    vi.stubEnv('AWS_SESSION_TOKEN', 'session');
    const credentials = await defaultProvider()();
    expect(credentials).toMatchObject({ accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret', sessionToken: 'session' });
  });

  it('fails clearly rather than looking elsewhere when the environment has none', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    await expect(defaultProvider()()).rejects.toThrow(/environment/i);
  });
});
