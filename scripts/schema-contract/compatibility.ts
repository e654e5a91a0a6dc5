/**
 * The released-contract check: GraphQL Inspector's diff of the released schema
 * (schema/released.graphql) against the working one, and the deprecation
 * policy on top of it. A breaking change is allowed only when the element it
 * removes or changes was `@deprecated` with a reason in the released schema
 * (README, "Deprecation policy"); the field, argument, input field or enum
 * value is named in every violation, so a failing test says what to restore.
 */
import { diff, CriticalityLevel, type Change } from '@graphql-inspector/core';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';

/** A breaking change the deprecation policy does not allow. */
export interface ContractViolation {
  /** Schema coordinate of the element, e.g. `Organization.website`. */
  path: string;
  message: string;
}

export interface ContractCheck {
  /** Every change between the released and the working schema. */
  changes: Change[];
  violations: ContractViolation[];
}

interface Deprecatable {
  deprecationReason?: string | null | undefined;
  astNode?: { directives?: readonly { name: { value: string }; arguments?: readonly { name: { value: string } }[] }[] } | null | undefined;
}

/**
 * Deprecated with a reason the author wrote: graphql-js fills in "No longer
 * supported" for a bare `@deprecated`, which tells a partner nothing.
 */
function deprecatedWithReason(element: Deprecatable | undefined | null): boolean {
  if (!element?.deprecationReason) return false;
  const directive = element.astNode?.directives?.find((d) => d.name.value === 'deprecated');
  return !!directive?.arguments?.some((argument) => argument.name.value === 'reason');
}

/** The field, argument, input field or enum value a schema coordinate names, if the schema has it. */
function elementAt(schema: GraphQLSchema, path: string): Deprecatable | undefined {
  const [typeName = '', member, argumentName] = path.split('.');
  const type = schema.getType(typeName);
  if (!member) return undefined;
  if (isEnumType(type)) return type.getValue(member) ?? undefined;
  if (isInputObjectType(type)) return type.getFields()[member];
  if (!isObjectType(type) && !isInterfaceType(type)) return undefined;
  const field = type.getFields()[member];
  if (!argumentName || !field) return field;
  return field.args.find((argument) => argument.name === argumentName);
}

const namedTypeOf = (type: GraphQLType): string => getNamedType(type).name;

/** Fields and input fields of the released schema that use a type, with their coordinates. */
function usesOf(schema: GraphQLSchema, typeName: string): { path: string; element: Deprecatable }[] {
  const uses: { path: string; element: Deprecatable }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      // eslint-disable-next-line @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- getFields() on a union of graphql's classes gives any; typing it makes no-unsafe-class-instance-assignment overflow its stack on graphql's recursive types
      if (namedTypeOf(field.type) === typeName) uses.push({ path: `${type.name}.${field.name}`, element: field });
      // eslint-disable-next-line @typescript-eslint/no-unsafe-member-access -- as above
      for (const argument of 'args' in field ? field.args : []) {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- as above
        if (namedTypeOf(argument.type) === typeName) uses.push({ path: `${type.name}.${field.name}.${argument.name}`, element: field });
      }
    }
  }
  return uses;
}

/**
 * Whether the released schema announced this change: the element (or, for an
 * argument, its field) was deprecated with a reason; a removed type, when
 * every field that returned or took it was.
 */
function announced(released: GraphQLSchema, path: string): boolean {
  const segments = path.split('.');
  if (segments.length === 1) {
    const uses = usesOf(released, path);
    return released.getType(path) !== undefined && uses.every((use) => deprecatedWithReason(use.element));
  }
  const ownerField = segments.length === 3 ? elementAt(released, segments.slice(0, 2).join('.')) : undefined;
  return deprecatedWithReason(elementAt(released, path)) || deprecatedWithReason(ownerField);
}

function violationOf(change: Change): ContractViolation {
  const path = change.path ?? '(schema)';
  return {
    path,
    message: `Breaking change to ${path}: ${change.message}. Partner apps may rely on it: restore it, or first release it @deprecated(reason: "...") and remove it no earlier than the deprecation policy allows (README, "Deprecation policy").`,
  };
}

/** Compares two schema texts: every change, and the breaking ones the deprecation policy forbids. */
export async function checkContract(releasedSdl: string, workingSdl: string): Promise<ContractCheck> {
  const released = buildSchema(releasedSdl);
  const changes = await diff(released, buildSchema(workingSdl));
  const violations = changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .filter((change) => !change.path || !announced(released, change.path))
    .map(violationOf);
  return { changes, violations };
}
