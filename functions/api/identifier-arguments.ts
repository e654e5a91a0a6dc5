/**
 * Checks every `ID` argument of a root field, at any depth of its input,
 * before the operation runs: an identifier longer than MAX_ID_BYTES or
 * containing control characters cannot name anything the API issued, and
 * must not reach DynamoDB as (part of) a key, where it would fail as an
 * internal error. Applied to every root field by ./authorization.ts.
 */
import type { GraphQLArgument, GraphQLInputObjectType, GraphQLInputType, GraphQLScalarType } from 'graphql';
import type { FieldProblem } from '../core/errors.js';
import { MAX_ID_BYTES } from './limits.js';

// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

function idProblem(value: unknown, path: string): FieldProblem[] {
  if (typeof value !== 'string') return [];
  if (Buffer.byteLength(value, 'utf8') > MAX_ID_BYTES) return [{ path, message: `is not a valid id (longer than ${MAX_ID_BYTES} bytes)` }];
  if (CONTROL_CHARACTER.test(value)) return [{ path, message: 'is not a valid id (contains control characters)' }];
  return [];
}

/**
 * The kind of a schema type by its tag, not `instanceof`: the schema may have
 * been built by another copy of graphql (Apollo's CommonJS one) than ours.
 */
function kindOf(type: GraphQLInputType): string {
  return Object.prototype.toString.call(type).slice(8, -1);
}

/** What GraphQLNonNull and GraphQLList have in common, by shape (the classes may be another copy's). */
interface Wrapping {
  readonly ofType: GraphQLInputType;
}

function problemsIn(type: GraphQLInputType, value: unknown, path: string): FieldProblem[] {
  if (value === null || value === undefined) return [];
  switch (kindOf(type)) {
    case 'GraphQLNonNull':
      return problemsIn((type as Wrapping).ofType, value, path);
    case 'GraphQLList': {
      const element = (type as Wrapping).ofType;
      return Array.isArray(value) ? value.flatMap((item, i) => problemsIn(element, item, `${path}[${i}]`)) : [];
    }
    case 'GraphQLInputObjectType': {
      const object = value as Record<string, unknown>;
      return Object.values((type as GraphQLInputObjectType).getFields()).flatMap((field) =>
        problemsIn(field.type, object[field.name], `${path}.${field.name}`),
      );
    }
    default:
      return (type as GraphQLScalarType).name === 'ID' ? idProblem(value, path) : [];
  }
}

/** Problems with the identifiers among a root field's (already coerced) arguments. */
export function identifierProblems(args: Record<string, unknown>, definitions: readonly GraphQLArgument[]): FieldProblem[] {
  return definitions.flatMap((definition) => problemsIn(definition.type, args[definition.name], definition.name));
}
