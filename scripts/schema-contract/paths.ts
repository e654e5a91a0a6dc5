/**
 * Where the contract lives: the working schema, the released copy partner
 * apps rely on, the generated reference and the changelog.
 */
export const WORKING_SCHEMA = 'schema.graphql';
export const RELEASED_SCHEMA = 'schema/released.graphql';
export const API_REFERENCE = 'docs/api.md';
export const API_CHANGELOG = 'docs/api-changelog.md';
