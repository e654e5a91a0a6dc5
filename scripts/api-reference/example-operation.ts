/**
 * Example requests for the API reference, derived from the schema alone: an
 * operation declaring every argument as a variable, a selection of the
 * returned type's own fields (one level of nested objects, connections as
 * edges/node/pageInfo), and placeholder variables of the right types.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';

/** Fields shown per object: enough to show its shape without burying the example. */
const FIELDS_PER_OBJECT = 8;

function selectableFields(type: GraphQLObjectType): GraphQLField<unknown, unknown>[] {
  return Object.values(type.getFields()).filter((field) => field.args.every((argument) => !isNonNullType(argument.type)));
}

function selection(type: GraphQLNamedType, depth: number, indent: string): string {
  if (!isObjectType(type)) return '';
  const inner = `${indent}  `;
  const lines = selectableFields(type).flatMap((field) => {
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [`${inner}${field.name}`];
    const connectionPart = type.name.endsWith('Connection') || type.name.endsWith('Edge');
    if (depth >= 1 && !connectionPart) return [];
    const nested = selection(named, connectionPart ? depth : depth + 1, inner);
    return nested ? [`${inner}${field.name} {\n${nested}\n${inner}}`] : [];
  });
  return lines.slice(0, FIELDS_PER_OBJECT).join('\n');
}

/** A placeholder value of an input type: required input fields filled in, optional ones left out. */
export function placeholderOf(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholderOf(type.ofType);
  if (isListType(type)) return [placeholderOf(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(required.map((field) => [field.name, placeholderOf(field.type)]));
  }
  switch (type.name) {
    case 'Int':
      return 10;
    case 'Float':
      return 0.5;
    case 'Boolean':
      return true;
    case 'ID':
      return '<id>';
    default:
      return '<text>';
  }
}

export interface ExampleRequest {
  document: string;
  variables: Record<string, unknown>;
}

/** An example request for one root field of Query or Mutation. */
export function exampleRequest(operationType: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): ExampleRequest {
  const name = field.name.charAt(0).toUpperCase() + field.name.slice(1);
  const declarations = field.args.map((argument) => `$${argument.name}: ${String(argument.type)}`);
  const passed = field.args.map((argument) => `${argument.name}: $${argument.name}`);
  const head = `${operationType} ${name}${declarations.length > 0 ? `(${declarations.join(', ')})` : ''}`;
  const call = `${field.name}${passed.length > 0 ? `(${passed.join(', ')})` : ''}`;
  const fields = selection(getNamedType(field.type), 0, '  ');
  const document = `${head} {\n  ${call}${fields ? ` {\n${fields}\n  }` : ''}\n}`;
  const required = field.args.filter((argument) => isNonNullType(argument.type));
  const variables = Object.fromEntries(required.map((argument) => [argument.name, placeholderOf(argument.type)]));
  return { document, variables };
}
