/**
 * The versioned contract: the working schema may not break what partner apps
 * were given in schema/released.graphql, except for elements that release
 * deprecated with a reason (README, "Deprecation policy").
 */
import { readFileSync } from 'node:fs';
import { Kind, parse, print, visit, type ConstDirectiveNode, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkContract } from '../../scripts/schema-contract/compatibility.js';
import { RELEASED_SCHEMA, WORKING_SCHEMA } from '../../scripts/schema-contract/paths.js';

const released = readFileSync(RELEASED_SCHEMA, 'utf8');
const working = readFileSync(WORKING_SCHEMA, 'utf8');

type Member = { type: string; member: string };

/** The SDL with a field, input field or enum value edited (or dropped when `edit` returns null). */
function editMember(
  sdl: string,
  { type, member }: Member,
  edit: (node: { directives?: readonly ConstDirectiveNode[] }) => object | null,
): string {
  const document: DocumentNode = visit(parse(sdl), {
    enter(node, _key, _parent, _path, ancestors) {
      if (node.kind !== Kind.FIELD_DEFINITION && node.kind !== Kind.INPUT_VALUE_DEFINITION && node.kind !== Kind.ENUM_VALUE_DEFINITION)
        return undefined;
      // `ancestors` stops before the parent (the fields list), so the last one is the type.
      const owner = ancestors.at(-1) as { name?: { value: string }; kind: Kind } | undefined;
      if (owner?.name?.value !== type || node.name.value !== member) return undefined;
      return edit(node);
    },
  });
  return print(document);
}

const remove = (sdl: string, member: Member) => editMember(sdl, member, () => null);

function deprecate(sdl: string, member: Member, reason?: string): string {
  const directive: ConstDirectiveNode = {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: 'deprecated' },
    arguments: reason
      ? [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'reason' }, value: { kind: Kind.STRING, value: reason } }]
      : [],
  };
  return editMember(sdl, member, (node) => ({ ...node, directives: [...(node.directives ?? []), directive] }));
}

/** The SDL without a type definition. */
function removeType(sdl: string, name: string): string {
  return print(visit(parse(sdl), { EnumTypeDefinition: (node) => (node.name.value === name ? null : undefined) }));
}

const WEBSITE = { type: 'Organization', member: 'website' };

describe('the released schema contract', () => {
  it('the working schema breaks nothing the released schema promised', async () => {
    const { violations } = await checkContract(released, working);
    expect(violations.map((violation) => violation.message)).toEqual([]);
  });

  it('fails when a field is removed, naming the field', async () => {
    const { violations } = await checkContract(released, remove(working, WEBSITE));
    expect(violations.map((violation) => violation.path)).toEqual(['Organization.website']);
    expect(violations[0]?.message).toMatch(/^Breaking change to Organization\.website: /);
  });

  it('passes when the released schema deprecated the field with a reason first', async () => {
    const deprecatedRelease = deprecate(released, WEBSITE, 'Use links instead; removed after 2027-06-30.');
    const { violations, changes } = await checkContract(deprecatedRelease, remove(working, WEBSITE));
    expect(violations).toEqual([]);
    expect(changes.map((change) => change.path)).toContain('Organization.website');
  });

  it('does not accept a bare @deprecated, which tells partners nothing', async () => {
    const { violations } = await checkContract(deprecate(released, WEBSITE), remove(working, WEBSITE));
    expect(violations.map((violation) => violation.path)).toEqual(['Organization.website']);
  });

  it('guards enum values and input fields the same way', async () => {
    const enumValue = { type: 'CooperationMode', member: 'JOINT_LAB' };
    const inputField = { type: 'OrganizationFilter', member: 'park' };
    const broken = remove(remove(working, enumValue), inputField);
    expect((await checkContract(released, broken)).violations.map((v) => v.path).sort()).toEqual([
      'CooperationMode.JOINT_LAB',
      'OrganizationFilter.park',
    ]);
    const announced = deprecate(deprecate(released, enumValue, 'No demand.'), inputField, 'Filter by segment instead.');
    expect((await checkContract(announced, broken)).violations).toEqual([]);
  });

  it('allows removing a type only once every field using it was deprecated with a reason', async () => {
    const myRole = { type: 'Match', member: 'myRole' };
    const withoutRole = removeType(remove(working, myRole), 'MatchRole');
    expect((await checkContract(released, withoutRole)).violations.map((v) => v.path).sort()).toEqual(['Match.myRole', 'MatchRole']);
    expect((await checkContract(deprecate(released, myRole, 'Compare fromOrganizationId with yours.'), withoutRole)).violations).toEqual(
      [],
    );
  });

  it('treats an added optional field as safe', async () => {
    const added = working.replace('type Health {', 'type Health {\n  "Region the API runs in."\n  region: String');
    const { violations, changes } = await checkContract(released, added);
    expect(violations).toEqual([]);
    expect(changes.map((change) => change.path)).toContain('Health.region');
  });
});
