/**
 * docs/api.md is generated from schema.graphql and the access policy; it must
 * be current, and its example requests must be valid against the schema.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OPERATION_ACCESS } from '../../functions/core/access/policy.js';
import { renderApiReference } from '../../scripts/api-reference/render-reference.js';
import { API_REFERENCE, WORKING_SCHEMA } from '../../scripts/schema-contract/paths.js';

const sdl = readFileSync(WORKING_SCHEMA, 'utf8');
const reference = readFileSync(API_REFERENCE, 'utf8');

describe('the API reference (docs/api.md)', () => {
  it('is what schema.graphql and OPERATION_ACCESS generate today (run `npm run docs:api` when this fails)', () => {
    expect(reference === renderApiReference(sdl, OPERATION_ACCESS), `${API_REFERENCE} is stale: run npm run docs:api`).toBe(true);
  });

  it('lists every operation once, under the user group its access rule admits', () => {
    for (const [coordinate, rule] of Object.entries(OPERATION_ACCESS)) {
      const name = coordinate.split('.')[1];
      const operationType = coordinate.startsWith('Query.') ? 'query' : 'mutation';
      const headings = reference.split('\n').filter((line) => line === `### \`${name}\` (${operationType})`);
      expect(headings, coordinate).toHaveLength(1);
      const section = reference.slice(reference.indexOf(headings[0]!));
      expect(section).toMatch(new RegExp(`^### \`${name}\` \\(${operationType}\\)\\n\\nAccess: \`${rule}\`\\.`));
    }
  });

  it('shows example requests that are valid against the schema', () => {
    const schema = buildSchema(sdl);
    const examples = [...reference.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(examples).toHaveLength(Object.keys(OPERATION_ACCESS).length);
    for (const example of examples) expect(validate(schema, parse(example)), example).toEqual([]);
  });

  it('refuses to render an operation that has no access rule', () => {
    const { 'Query.health': _health, ...withoutHealth } = OPERATION_ACCESS;
    expect(() => renderApiReference(sdl, withoutHealth)).toThrow('No access rule for Query.health');
  });
});
