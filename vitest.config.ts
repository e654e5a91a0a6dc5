import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * Three projects: unit (pure, no I/O), integration (real DynamoDB Local started
 * once by the global setup, each test file on its own table) and infra (CDK
 * synthesis and template assertions).
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
    ],
  },
});
