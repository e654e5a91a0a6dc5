import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * Four projects: unit (pure, no I/O), integration (real DynamoDB Local started
 * once by the global setup, each test file on its own table), infra (CDK
 * synthesis and template assertions) and e2e (the web console in Chromium
 * against one local server, `npm start -- --in-memory`, started by its global setup).
 */
export default defineConfig({
  // One graphql instance, as in the bundle and under tsx: Node loads graphql's main file (index.js) for
  // Apollo Server, and Vite would otherwise give chainfit's own modules index.mjs, so a schema built by
  // functions/api/executable-schema.ts would be "from another realm" to Apollo.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    // The AWS SDK warns that Node 20 support ends in 2027; the Lambda runtime is Node 22.
    // The audit trail logs at INFO (functions/api/audit-log.ts); tests that check it listen directly.
    // GraphQL Inspector must see the same graphql build as the schemas it compares (Vite resolves
    // graphql to its .mjs build, Node's resolution of an external package to the .js one).
    server: { deps: { inline: ['@graphql-inspector/core'] } },
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', POWERTOOLS_LOG_LEVEL: 'WARN' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/dynamodb-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          environment: 'node',
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/support/global-setup.ts'],
          // One browser at a time: the journeys share one server and the machine has few cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
