/**
 * Renders docs/api.md from schema.graphql and the access policy: the
 * operations grouped by the user group allowed to call them, each with its
 * access rule, description, arguments and an example request, then every type.
 * Pure (text in, text out), so a test can tell when the committed file is stale.
 */
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  Kind,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { AccessRule } from '../../functions/core/access/policy.js';
import { exampleRequest } from './example-operation.js';

/** User groups, in the order a partner developer meets them, with the rule that admits each. */
const USER_GROUPS: { rule: AccessRule; title: string; who: string }[] = [
  { rule: 'PUBLIC', title: 'Anyone (public)', who: 'anyone, with or without a token; served on the public URL too' },
  {
    rule: 'READER',
    title: 'Readers: partner apps, members, administrators',
    who: 'any valid token: a partner app (client credentials, scope `chainfit/partner.read`), a signed-in member or a zone administrator',
  },
  {
    rule: 'SIGNED_IN',
    title: 'Signed-in users',
    who: 'a signed-in person (member of organizations or not yet) or a zone administrator; not partner apps',
  },
  {
    rule: 'ORGANIZATION_MEMBER',
    title: 'Organization members',
    who: 'members of the organization the operation acts for, and zone administrators where the description says so; not partner apps',
  },
  {
    rule: 'ORGANIZATION_OWNER',
    title: 'Organization owners',
    who: 'owners (role `OWNER`) of the organization the operation acts for, and zone administrators; not partner apps',
  },
  { rule: 'ADMIN', title: 'Zone administrators', who: 'zone administrators only (Cognito group `zone-admin`)' },
];

/** The page's opening: endpoint, credentials, errors, and the cross-cutting rules. */
const intro = (
  cacheable: string,
) => `<!-- Generated from schema.graphql by \`npm run docs:api\` (scripts/api-reference.ts). Do not edit: change
the schema's descriptions and regenerate. test/unit/api-reference.test.ts fails when this file is stale. -->

# chainfit GraphQL API reference

One endpoint, \`POST\` or \`GET /graphql\` (locally \`http://localhost:4000/graphql\`, with this page at
\`http://localhost:4000/docs/api\`). Send a token as \`authorization: Bearer <token>\`; without one you are
anonymous and may call the public operations only. Errors carry a code in \`extensions.code\`
(\`BAD_USER_INPUT\`, \`UNAUTHENTICATED\`, \`FORBIDDEN\`, \`NOT_FOUND\`, \`CONFLICT\`, \`RATE_LIMITED\`,
\`SERVICE_UNAVAILABLE\`, \`INTERNAL_SERVER_ERROR\`).

- **Caching.** Answers made only of the public industry-chain model carry \`Cache-Control: public,
  max-age=<seconds>\` (${cacheable}; the smallest when several are asked for), \`Vary: Accept-Language\`
  and an \`ETag\` that includes the model version; on \`GET\`, send it back as \`If-None-Match\` and an
  unchanged answer is \`304 Not Modified\` with no body. Everything else is uncached. Name \`locale\` in the
  query rather than relying on \`Accept-Language\`, so one cached copy serves every caller.
- **Persisted queries.** Apollo's automatic persisted queries work over \`GET\`
  (\`?extensions={"persistedQuery":{"version":1,"sha256Hash":"…"}}\`), so a CDN can cache public reads by URL.
  \`GET\` needs no special header: credentials are bearer tokens only, so there is nothing for CSRF to abuse.
- **Pagination.** Connections follow the Relay Cursor Connections specification, forward only
  (\`first\`/\`after\`); \`hasPreviousPage\` is always \`false\`.
- **Compatibility.** The released contract is \`schema/released.graphql\`; changes are listed in
  [api-changelog.md](api-changelog.md); the deprecation policy is in the README ("Partner apps").
`;

const cell = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

function deprecationNote(element: { deprecationReason?: string | null | undefined }): string {
  return element.deprecationReason ? ` **Deprecated:** ${cell(element.deprecationReason)}` : '';
}

function argumentTable(args: readonly (GraphQLArgument | GraphQLInputField)[], heading: string): string[] {
  if (args.length === 0) return [];
  return [
    `| ${heading} | type | description |`,
    '|---|---|---|',
    ...args.map(
      (argument) => `| \`${argument.name}\` | \`${String(argument.type)}\` | ${cell(argument.description)}${deprecationNote(argument)} |`,
    ),
    '',
  ];
}

function renderOperation(operationType: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, rule: AccessRule): string[] {
  const example = exampleRequest(operationType, field);
  return [
    `### \`${field.name}\` (${operationType})`,
    '',
    `Access: \`${rule}\`. ${cell(field.description)}${deprecationNote(field)}`,
    '',
    ...argumentTable(field.args, 'argument'),
    `Returns \`${String(field.type)}\`.`,
    '',
    '```graphql',
    example.document,
    '```',
    '',
    ...(Object.keys(example.variables).length > 0
      ? ['Variables (placeholders):', '', '```json', JSON.stringify(example.variables, null, 2), '```', '']
      : []),
  ];
}

function rootOperations(
  schema: GraphQLSchema,
): { operationType: 'query' | 'mutation'; field: GraphQLField<unknown, unknown>; coordinate: string }[] {
  const roots = [
    { operationType: 'query' as const, type: schema.getQueryType() },
    { operationType: 'mutation' as const, type: schema.getMutationType() },
  ];
  return roots.flatMap(({ operationType, type }) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({ operationType, field, coordinate: `${type?.name ?? ''}.${field.name}` })),
  );
}

function renderOperations(schema: GraphQLSchema, access: Record<string, AccessRule>): string[] {
  const operations = rootOperations(schema);
  const unguarded = operations.filter((operation) => !access[operation.coordinate]);
  if (unguarded.length > 0) throw new Error(`No access rule for ${unguarded.map((o) => o.coordinate).join(', ')}`);
  const ungrouped = operations.filter((operation) => !USER_GROUPS.some((group) => group.rule === access[operation.coordinate]));
  if (ungrouped.length > 0) throw new Error(`No user group in the reference for ${ungrouped.map((o) => o.coordinate).join(', ')}`);
  return USER_GROUPS.flatMap((group) => {
    const members = operations.filter((operation) => access[operation.coordinate] === group.rule);
    if (members.length === 0) return [];
    return [
      `## ${group.title}`,
      '',
      `Rule \`${group.rule}\`: ${group.who}.`,
      '',
      ...members.flatMap((o) => renderOperation(o.operationType, o.field, group.rule)),
    ];
  });
}

function renderType(type: GraphQLNamedType): string[] {
  const head = [`### \`${type.name}\``, '', cell(type.description), ''];
  if (isObjectType(type)) {
    const rows = Object.values(type.getFields()).map((field) => {
      const args = field.args.length > 0 ? `(${field.args.map((a) => `${a.name}: ${String(a.type)}`).join(', ')})` : '';
      return `| \`${field.name}${args}\` | \`${String(field.type)}\` | ${cell(field.description)}${deprecationNote(field)} |`;
    });
    return [...head, '| field | type | description |', '|---|---|---|', ...rows, ''];
  }
  if (isInputObjectType(type)) return [...head, ...argumentTable(Object.values(type.getFields()), 'input field')];
  if (isEnumType(type)) {
    const rows = type.getValues().map((value) => `| \`${value.name}\` | ${cell(value.description)}${deprecationNote(value)} |`);
    return [...head, '| value | description |', '|---|---|', ...rows, ''];
  }
  return head;
}

function renderTypes(schema: GraphQLSchema): string[] {
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
  const types = Object.values(schema.getTypeMap()).filter(
    (type) => !type.name.startsWith('__') && !roots.has(type.name) && !(isScalarType(type) && isSpecifiedScalarType(type)),
  );
  const section = (title: string, matches: (type: GraphQLNamedType) => boolean) => {
    const chosen = types.filter(matches).sort((a, b) => a.name.localeCompare(b.name));
    return chosen.length > 0 ? [`## ${title}`, '', ...chosen.flatMap(renderType)] : [];
  };
  return [...section('Object types', isObjectType), ...section('Input types', isInputObjectType), ...section('Enums', isEnumType)];
}

/** Root fields carrying a @cacheControl max age, e.g. "`industryChains` (3600 s)". */
function cacheableOperations(schema: GraphQLSchema): string {
  const hinted = Object.values(schema.getQueryType()?.getFields() ?? {}).flatMap((field) => {
    const hint = field.astNode?.directives?.find((directive) => directive.name.value === 'cacheControl');
    const maxAge = hint?.arguments?.find((argument) => argument.name.value === 'maxAge')?.value;
    return maxAge?.kind === Kind.INT ? [`\`${field.name}\` (${maxAge.value} s)`] : [];
  });
  return hinted.join(', ');
}

/** The whole reference for a schema text and the operation → rule table. */
export function renderApiReference(sdl: string, access: Record<string, AccessRule>): string {
  const schema = buildSchema(sdl);
  const lines = [intro(cacheableOperations(schema)), ...renderOperations(schema, access), ...renderTypes(schema)];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
