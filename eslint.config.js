// Lint: recommended JS + type-aware TypeScript rules, and the layer rules (README.md, "Architecture"):
// core (pure) ← store (the only DynamoDB client) ← app (use cases) ← api, graphql, local (GraphQL and
// transports). Only the top layer imports GraphQL; nothing imports a layer above its own.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Only functions/store talks to DynamoDB. */
const AWS_SDK = {
  group: ['@aws-sdk/*'],
  message:
    'Only functions/store (the DynamoDB client), functions/mail (the SES client) and functions/webhooks (the SQS client) import the AWS SDK.',
};
/** GraphQL (the library, Apollo, the generated schema types) stays in functions/api, functions/graphql and functions/local. */
const GRAPHQL = {
  group: ['graphql', 'graphql/*', '@apollo/*', '@as-integrations/*', '**/generated/*', '**/api/generated/**'],
  message: 'Only functions/api, functions/graphql and functions/local use GraphQL: use cases take and return domain values.',
};
/** Transport types (API Gateway events) belong to the entry points and the GraphQL layer. */
const AWS_LAMBDA = {
  group: ['aws-lambda'],
  message: 'Only functions/api, functions/graphql and functions/local know the Lambda transport.',
};
const STORE = { group: ['**/store/*', '**/store/**'], message: 'The domain core is pure: no store imports.' };
/** The GraphQL layer reaches the store through use cases (functions/app); it may name the store's types. */
const STORE_VALUES = {
  ...STORE,
  allowTypeImports: true,
  message: 'functions/api calls use cases (functions/app), not the store; only entry points build it.',
};
const APP = { group: ['**/app/*', '**/app/**'], message: 'Lower layers do not import the application layer (functions/app).' };
const API = {
  group: ['**/api/*', '**/api/**', '**/graphql/*', '**/graphql/**', '**/local/*', '**/local/**'],
  message: 'Nothing below the GraphQL layer imports it.',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', '.local/', 'functions/api/generated/', 'coverage/', 'web/dist/', 'web/src/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  // The layer rules (README.md, "Architecture"): core ← store ← app ← api/graphql/local. Each layer lists
  // what it must not import; a file matches exactly one of these blocks, so its list is complete.
  {
    files: ['functions/core/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [AWS_SDK, AWS_LAMBDA, GRAPHQL, STORE, APP, API] }] },
  },
  {
    files: ['functions/store/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [AWS_LAMBDA, GRAPHQL, APP, API] }] },
  },
  {
    files: ['functions/app/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [AWS_SDK, AWS_LAMBDA, GRAPHQL, API] }] },
  },
  {
    files: ['functions/api/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [AWS_SDK, STORE_VALUES] }] },
  },
  {
    // Mail adapters (SMTP, SES) and webhook adapters (HTTP, SQS) implement application ports: they may name their types, nothing above.
    files: ['functions/mail/**/*.ts', 'functions/webhooks/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            AWS_LAMBDA,
            GRAPHQL,
            STORE,
            API,
            { ...APP, allowTypeImports: true, message: 'Mail adapters implement app ports (type imports only).' },
          ],
        },
      ],
    },
  },
  {
    // Entry points: they build the store and the server, and nothing else.
    files: ['functions/graphql/**/*.ts', 'functions/local/**/*.ts', 'functions/worker/**/*.ts', 'functions/calendar/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [AWS_SDK] }] },
  },
  {
    // Everything else under functions (config, future workers) is neither GraphQL nor the store.
    files: ['functions/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [AWS_SDK, AWS_LAMBDA, GRAPHQL, APP, API] }] },
  },
  {
    // Tests and benchmarks read known fixtures: a failed `!` is a failed test, which is what it should be.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Tests assert on parsed JSON answers (an unexpected shape fails the assertion) and fake async
    // ports (DynamoDB clients, Lambda callbacks) with functions that need not await.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
