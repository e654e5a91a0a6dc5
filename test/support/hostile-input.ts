/**
 * fast-check arbitraries of hostile GraphQL inputs, derived from the schema's
 * own input types, so every mutation (including future ones) is attacked
 * field by field: huge strings, control characters, mixed scripts and emoji,
 * look-alike and forged ids, enum words inside free text, out-of-range
 * numbers, nulls where lists or objects are required, and oversized lists.
 */
import fc from 'fast-check';
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLInputType,
  type GraphQLScalarType,
} from 'graphql';

const CONTROL = fc.integer({ min: 0, max: 31 }).map((code) => String.fromCharCode(code));

/** Strings that have broken parsers, validators, keys and logs elsewhere. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u202e\u0645\u0631\u062d\u0628\u0627 overridden',
  'A\u0308\u0301\u0327 Z\u0353\u0333\u0348',
  '長春 한국 Чанчунь 🚗🔋🇨🇳🇰🇷',
  '👨‍👩‍👧‍👦'.repeat(50),
  'ORG#org-1',
  'COLLABORATION#x\u0000SEGMENT#nev.battery-cells',
  '__proto__',
  'constructor',
  '{"$ne":null}',
  "' OR '1'='1",
  '<script>alert(1)</script>',
  'VERIFIED ADMIN zone-admin SUSPENDED MUTUAL',
  'semi.power-semiconductors',
  'nev.',
  '..',
  '%00%2e%2e%2f',
  '9'.repeat(400),
  '\ud800',
  'x'.repeat(5_000),
  // The largest string a request can carry is bounded by MAX_REQUEST_BODY_BYTES (64 KiB).
  'y'.repeat(20_000),
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: CONTROL, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 2_001, maxLength: 3_000 }) },
);

const hostileInt: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 1900, 3000),
  // Outside GraphQL's Int: the server must refuse it during coercion.
  fc.constantFrom(2 ** 40, 1.5, Number.MAX_SAFE_INTEGER, '12'),
);

function hostileScalar(type: GraphQLScalarType): fc.Arbitrary<unknown> {
  switch (type.name) {
    case 'Int':
      return hostileInt;
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(-0, 1e308, 'NaN'));
    case 'Boolean':
      return fc.oneof(fc.boolean(), fc.constantFrom('true', 0));
    default:
      return hostileString;
  }
}

/** A hostile value of (or near) the given input type; `depth` bounds recursion. */
export function hostileValueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (type instanceof GraphQLNonNull) {
    return fc.oneof({ weight: 6, arbitrary: hostileValueFor(type.ofType, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  }
  if (type instanceof GraphQLList) {
    const element = hostileValueFor(type.ofType, depth + 1);
    return fc.oneof(
      { weight: 4, arbitrary: fc.array(element, { maxLength: 6 }) },
      { weight: 1, arbitrary: fc.array(element, { minLength: 40, maxLength: 120 }) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }
  if (type instanceof GraphQLEnumType) {
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) },
      { weight: 1, arbitrary: hostileString },
    );
  }
  if (type instanceof GraphQLInputObjectType) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, hostileValueFor(field.type, depth + 1)])), {
      requiredKeys: fields.filter((field) => field.type instanceof GraphQLNonNull).map((field) => field.name),
    });
  }
  return hostileScalar(type);
}

/**
 * A mutation input that keeps most of a valid `base` and replaces one to
 * three of its fields with hostile values, so the call reaches the server's
 * own validation instead of failing on the first field.
 */
export function hostileInputFrom(inputType: GraphQLInputObjectType, base: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.values(inputType.getFields());
  return fc
    .subarray(fields, { minLength: 1, maxLength: Math.min(3, fields.length) })
    .chain((chosen) => fc.tuple(...chosen.map((field) => hostileValueFor(field.type).map((value) => [field.name, value] as const))))
    .map((replacements) => ({ ...base, ...Object.fromEntries(replacements) }));
}
