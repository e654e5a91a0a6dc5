// Lint: recommended JS + type-aware TypeScript rules, and the layer rules of STYLE.md:
// the domain core imports no AWS SDK and no GraphQL; only functions/store imports the DynamoDB client.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', '.local/', 'functions/api/generated/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['functions/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@aws-sdk/*', 'graphql', '@apollo/*', 'aws-lambda', '../store/*', '../api/*', '**/store/**', '**/api/**'], message: 'The domain core is pure: no AWS, GraphQL or store imports.' }] },
      ],
    },
  },
  {
    files: ['functions/api/**/*.ts', 'functions/graphql/**/*.ts', 'functions/local/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@aws-sdk/*'], message: 'Only functions/store talks to DynamoDB.' }] }],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
