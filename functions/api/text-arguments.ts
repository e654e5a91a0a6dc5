/**
 * Applies the text rules (functions/core/validation/text-hygiene.ts) to every
 * String of a mutation's arguments, at any depth of its input, before the
 * operation runs: each text is normalized (NFC, LF) on the way in, and any
 * hostile one is BAD_USER_INPUT naming its field. Applied to every mutation
 * by ./authorization.ts, so a new mutation cannot skip it. Identifiers have
 * their own rule (./identifier-arguments.ts).
 */
import type { GraphQLArgument, GraphQLInputObjectType, GraphQLInputType, GraphQLScalarType } from 'graphql';
import type { FieldProblem } from '../core/errors.js';
import { normalizedText, textProblems, type TextKind } from '../core/validation/text-hygiene.js';

/** Fields whose text may span lines, wherever they appear (a description's languages included). */
const MULTILINE_FIELDS = new Set(['description', 'summary', 'message']);
/** Multi-line fields named by their input type, where the same name elsewhere is one line (an offer's note). */
const MULTILINE_TYPE_FIELDS = new Set(['SetVerificationInput.note']);

/** The arguments with every text normalized, and the problems of those texts. */
export interface CheckedTexts {
  args: Record<string, unknown>;
  problems: FieldProblem[];
}

const kindOf = (type: GraphQLInputType): string => Object.prototype.toString.call(type).slice(8, -1);

interface Wrapping {
  readonly ofType: GraphQLInputType;
}

function checked(type: GraphQLInputType, value: unknown, path: string, kind: TextKind, problems: FieldProblem[]): unknown {
  if (value === null || value === undefined) return value;
  switch (kindOf(type)) {
    case 'GraphQLNonNull':
      return checked((type as Wrapping).ofType, value, path, kind, problems);
    case 'GraphQLList':
      return Array.isArray(value)
        ? value.map((item, i) => checked((type as Wrapping).ofType, item, `${path}[${i}]`, kind, problems))
        : value;
    case 'GraphQLInputObjectType': {
      const object = value as Record<string, unknown>;
      const inputType = type as GraphQLInputObjectType;
      const fields = Object.values(inputType.getFields()).filter((field) => field.name in object);
      return Object.fromEntries(
        fields.map((field) => {
          const multiline =
            kind.multiline || MULTILINE_FIELDS.has(field.name) || MULTILINE_TYPE_FIELDS.has(`${inputType.name}.${field.name}`);
          return [field.name, checked(field.type, object[field.name], `${path}.${field.name}`, { multiline }, problems)];
        }),
      );
    }
    default: {
      if ((type as GraphQLScalarType).name !== 'String' || typeof value !== 'string') return value;
      const text = normalizedText(value);
      problems.push(...textProblems(text, path, kind));
      return text;
    }
  }
}

/** A mutation's (already coerced) arguments with their texts normalized, and every text problem found. */
export function checkedTexts(args: Record<string, unknown>, definitions: readonly GraphQLArgument[]): CheckedTexts {
  const problems: FieldProblem[] = [];
  const normalized = Object.fromEntries(
    Object.entries(args).map(([name, value]) => {
      const definition = definitions.find((candidate) => candidate.name === name);
      return [name, definition ? checked(definition.type, value, name, { multiline: MULTILINE_FIELDS.has(name) }, problems) : value];
    }),
  );
  return { args: normalized, problems };
}
