import { describe, expect, it } from 'vitest';
import { buildSchema, isObjectType, validateSchema } from 'graphql';
import { executableSchema, ResolverMismatchError } from '../../functions/api/executable-schema.js';
import { typeDefs } from '../../functions/api/generated/type-defs.js';
import { resolvers } from '../../functions/api/resolvers/index.js';
import { chainfitSchema } from '../../functions/api/server.js';

/** The server builds its schema without validating the SDL; these tests are that validation. */
describe('the executable schema', () => {
  it('comes from SDL that passes graphql-js schema validation', () => {
    expect(validateSchema(buildSchema(typeDefs)).map((error) => error.message)).toEqual([]);
  });

  it('has every resolver on the field it names', () => {
    const schema = chainfitSchema();
    for (const [typeName, fields] of Object.entries(resolvers as Record<string, Record<string, unknown>>)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is no object type`);
      for (const [fieldName, resolver] of Object.entries(fields))
        expect([typeName, fieldName, type.getFields()[fieldName]?.resolve]).toEqual([typeName, fieldName, resolver]);
    }
  });

  it('is built once per process', () => {
    expect(chainfitSchema()).toBe(chainfitSchema());
  });

  it('refuses resolvers for a type or field the schema lacks', () => {
    const sdl = 'type Query { hello: String }';
    expect(() => executableSchema(sdl, { Query: { goodbye: () => 'bye' } })).toThrow(ResolverMismatchError);
    expect(() => executableSchema(sdl, { Mutation: { hello: () => 'hi' } })).toThrow(ResolverMismatchError);
    expect(() => executableSchema(sdl, { Query: { hello: 'hi' } })).toThrow(ResolverMismatchError);
  });

  it('answers with the resolvers it was given', async () => {
    const { graphql } = await import('graphql');
    const schema = executableSchema('type Query { hello(name: String!): String }', {
      Query: { hello: (_: unknown, { name }: { name: string }) => `hello ${name}` },
    });
    expect(await graphql({ schema, source: '{ hello(name: "Changchun") }' })).toEqual({ data: { hello: 'hello Changchun' } });
  });
});
