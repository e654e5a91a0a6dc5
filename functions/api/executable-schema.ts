/**
 * Builds chainfit's executable schema once per process. The SDL is generated
 * from schema.graphql by codegen and checked by the unit tests
 * (test/unit/executable-schema.test.ts), so it is built without re-validating
 * it (`assumeValidSDL`, `assumeValid`), and resolvers are set on the built
 * fields directly instead of through graphql-tools, which merges the type
 * definitions and rebuilds the whole schema: together most of what building
 * the schema cost a cold start.
 */
import { buildASTSchema, isObjectType, parse, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/** Field resolvers by object type and field: the only kind chainfit's schema has (no scalars, unions or interfaces). */
export type FieldResolverMap = Record<string, Record<string, unknown>>;

/** Thrown at start-up when the resolvers name a type or field the schema lacks. */
export class ResolverMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResolverMismatchError';
  }
}

/** The schema of `typeDefs` with `resolvers` set on its fields. */
export function executableSchema(typeDefs: string, resolvers: FieldResolverMap): GraphQLSchema {
  const schema = buildASTSchema(parse(typeDefs, { noLocation: true }), { assumeValidSDL: true, assumeValid: true });
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new ResolverMismatchError(`Resolvers name ${typeName}, which is no object type of the schema`);
    const defined = type.getFields();
    for (const [fieldName, resolver] of Object.entries(fields)) {
      const field = defined[fieldName];
      if (!field) throw new ResolverMismatchError(`Resolvers name ${typeName}.${fieldName}, which the schema lacks`);
      if (typeof resolver !== 'function') throw new ResolverMismatchError(`The resolver of ${typeName}.${fieldName} is not a function`);
      field.resolve = resolver as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}
