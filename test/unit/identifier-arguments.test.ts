import { describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { identifierProblems } from '../../functions/api/identifier-arguments.js';
import { MAX_ID_BYTES } from '../../functions/api/limits.js';

const schema = buildSchema(`
  type Query { one(id: ID!, name: String): Int many(input: Input): Int }
  input Input { ownerId: ID, segments: [ID!], nested: Nested, note: String }
  input Nested { targetId: ID! }
`);
const argsOf = (field: string) => schema.getQueryType()!.getFields()[field]!.args;

describe('identifier arguments', () => {
  it('accepts ids the API issues, and leaves other strings alone', () => {
    expect(identifierProblems({ id: 'org-kr-hanbit', name: 'x'.repeat(10_000) }, argsOf('one'))).toEqual([]);
    expect(identifierProblems({ id: 'é'.repeat(MAX_ID_BYTES / 2) }, argsOf('one'))).toEqual([]);
  });

  it('refuses an id over the byte limit, counting UTF-8 bytes', () => {
    expect(identifierProblems({ id: '한'.repeat(Math.ceil(MAX_ID_BYTES / 3) + 1) }, argsOf('one'))).toEqual([
      { path: 'id', message: `is not a valid id (longer than ${MAX_ID_BYTES} bytes)` },
    ]);
  });

  it('finds ids at any depth of an input, in lists too, with their paths', () => {
    const problems = identifierProblems(
      {
        input: {
          ownerId: 'ok',
          segments: ['nev.battery-cells', 'bad\u0000id'],
          nested: { targetId: 'x'.repeat(MAX_ID_BYTES + 1) },
          note: '\u0000 is fine here',
        },
      },
      argsOf('many'),
    );
    expect(problems.map((problem) => problem.path)).toEqual(['input.segments[1]', 'input.nested.targetId']);
  });

  it('ignores absent and null arguments', () => {
    expect(identifierProblems({ input: { ownerId: null, segments: null } }, argsOf('many'))).toEqual([]);
    expect(identifierProblems({}, argsOf('many'))).toEqual([]);
  });
});
