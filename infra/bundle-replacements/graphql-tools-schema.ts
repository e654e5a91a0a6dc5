/**
 * Takes the place of `@graphql-tools/schema` (with `@graphql-tools/merge` and
 * `@graphql-tools/utils`, 66 kB minified) in Lambda bundles (alias in
 * infra/bundling.ts). Apollo Server uses it only to build a schema from
 * `typeDefs` and `resolvers`; chainfit hands Apollo a schema it built itself
 * (functions/api/executable-schema.ts), so it is never called.
 */
export function makeExecutableSchema(): never {
  throw new Error(
    'graphql-tools is not in this bundle: pass ApolloServer a built schema (functions/api/executable-schema.ts), or remove the alias in infra/bundling.ts',
  );
}
