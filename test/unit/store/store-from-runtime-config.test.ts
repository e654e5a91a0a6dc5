/**
 * The entry points' store (storeFromRuntimeConfig): built from the runtime configuration at module load,
 * failing fast with a named error when the table is not configured. Constructing a store does no I/O.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError, loadRuntimeConfig } from '../../../functions/config.js';
import { storeFromRuntimeConfig } from '../../../functions/store/store.js';

describe('storeFromRuntimeConfig', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('serves the table the configuration names', () => {
    const store = storeFromRuntimeConfig(loadRuntimeConfig({ TABLE_NAME: 'chainfit-test', DYNAMODB_ENDPOINT: 'http://127.0.0.1:9' }));
    expect(store.gateway.tableName).toBe('chainfit-test');
  });

  it('reads the process environment when given no configuration, as the Lambda handlers do', () => {
    vi.stubEnv('TABLE_NAME', 'chainfit-from-env');
    expect(storeFromRuntimeConfig().gateway.tableName).toBe('chainfit-from-env');
  });

  it('fails with a ConfigurationError naming TABLE_NAME when the environment lacks it', () => {
    vi.stubEnv('TABLE_NAME', '');
    expect(() => storeFromRuntimeConfig()).toThrow(ConfigurationError);
    expect(() => storeFromRuntimeConfig()).toThrow(/TABLE_NAME/);
  });
});
