import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collaborationPatchOf } from '../../../functions/api/inputs/collaboration-input.js';
import { organizationPatchOf } from '../../../functions/api/inputs/organization-input.js';
import type { UpdateCollaborationInput, UpdateOrganizationInput } from '../../../functions/api/generated/resolvers-types.js';
import { draftAfterCollaborationPatch, revisedCollaboration } from '../../../functions/core/collaboration-draft.js';
import { draftAfterPatch, revisedOrganization } from '../../../functions/core/organization-draft.js';
import type { Organization } from '../../../functions/core/organization.js';
import type { Collaboration } from '../../../functions/core/collaboration.js';
import { aCollaboration, anOrganization, NOW } from '../../support/organization-factory.js';

/**
 * Issue 14, finding 5 (silent data loss on update): an update input goes
 * through the GraphQL mapping and the core's patch; whatever the input does
 * not name keeps its value, at the top level and inside nested inputs. The
 * property generates sequences of updates and checks each step against a
 * model of the rule ("given replaces, null clears, omitted keeps").
 */

/** Omitted (no key), null, or a value. */
const slot = <T>(value: fc.Arbitrary<T>) => fc.option(fc.option(value, { nil: null }), { nil: undefined });
const text = fc.constantFrom('Hanbit', '한빛', '韩光', 'Hanbit Power Devices (Test)');
const localized = fc.record({ en: slot(text), zh: slot(text), ko: slot(text) });
const preferences = fc.record({
  countries: slot(fc.constantFrom(['CN'], ['KR'], ['CN', 'KR'], [])),
  types: slot(fc.constantFrom(['ENTERPRISE'], ['UNIVERSITY'], [])),
  parks: slot(fc.constantFrom(['new-energy-vehicle-park'], [])),
  languages: slot(fc.constantFrom(['en'], ['zh', 'ko'], [])),
});
const technology = fc.record({
  maturity: slot(fc.constantFrom('UNDER_DEVELOPMENT', 'ON_THE_MARKET')),
  ipStatus: slot(fc.constantFrom('GRANTED', 'APPLIED')),
});
const contact = fc.record({
  person: fc.constantFrom('Kim Minjun', 'Lee Seoyeon'),
  email: fc.constantFrom('a@example.org', 'b@example.org'),
  phone: slot(fc.constantFrom('+82 31 555 0100', '+86 431 5550 100')),
});

/** Drops the keys whose generated value is "omitted", as a GraphQL request leaves them out. */
function withoutOmitted<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const organizationUpdate = fc
  .record({
    name: slot(localized.map(withoutOmitted)),
    description: slot(localized.map(withoutOmitted)),
    preferences: slot(preferences.map(withoutOmitted)),
    technology: slot(technology.map(withoutOmitted)),
    contact: slot(contact.map(withoutOmitted)),
    keywords: slot(fc.constantFrom(['IGBT'], ['SiC', 'GaN'])),
    city: slot(fc.constantFrom('Suwon', 'Changchun')),
  })
  .map(withoutOmitted);

type Update = Record<string, unknown>;

/** The rule, as a model: given replaces, null clears (a list empties), omitted keeps. */
function expectedNested(current: object | undefined, change: unknown, emptyOnNull: boolean): Record<string, unknown> {
  const changes = Object.entries(change as Record<string, unknown>);
  const kept = Object.entries(current ?? {}).filter(
    ([field]) => !changes.some(([changed, value]) => changed === field && value === null && !emptyOnNull),
  );
  const given = changes.flatMap(([field, value]): [string, unknown][] =>
    value === null ? (emptyOnNull ? [[field, []]] : []) : [[field, value]],
  );
  return Object.fromEntries([...kept, ...given]);
}

function expectOrganizationFollowsRule(before: Organization, update: Update, after: Organization): void {
  for (const field of ['name', 'description'] as const) {
    const change = update[field];
    expect(after[field]).toEqual(change ? expectedNested(before[field], change, false) : before[field]);
  }
  const prefs = update.preferences;
  expect(after.preferences).toEqual(prefs ? expectedNested({ ...before.preferences }, prefs, true) : before.preferences);
  const tech = update.technology;
  const expectedTech = tech === null ? {} : tech ? expectedNested(before.technology, tech, false) : (before.technology ?? {});
  expect(after.technology ?? {}).toEqual(expectedTech);
  const contactChange = update.contact;
  expect(after.contact).toEqual(contactChange ? expectedNested({ ...before.contact }, contactChange, false) : before.contact);
  expect(after.keywords).toEqual(update.keywords ?? before.keywords);
  expect(after.city).toEqual(update.city === null ? undefined : (update.city ?? before.city));
  // Fields the generator never names keep their value whatever the update did.
  for (const field of ['type', 'country', 'region', 'website', 'foundedYear', 'sizeBand', 'offers', 'seeks', 'cooperationModes'] as const) {
    expect(after[field]).toEqual(before[field]);
  }
}

describe('partial updates merge field by field', () => {
  it('keeps every field a sequence of organization updates did not name', () => {
    fc.assert(
      fc.property(fc.array(organizationUpdate, { minLength: 1, maxLength: 6 }), (updates) => {
        let org = anOrganization();
        for (const update of updates) {
          const input = { id: org.id, version: org.version, ...update } as UpdateOrganizationInput;
          const next = revisedOrganization(org, draftAfterPatch(org, organizationPatchOf(input)), NOW);
          expectOrganizationFollowsRule(org, update, next);
          org = next;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every language of a collaboration title and summary an update did not name', () => {
    const update = fc
      .record({ title: slot(localized.map(withoutOmitted)), summary: slot(localized.map(withoutOmitted)) })
      .map(withoutOmitted);
    fc.assert(
      fc.property(fc.array(update, { minLength: 1, maxLength: 6 }), (updates) => {
        let collaboration: Collaboration = aCollaboration();
        for (const change of updates) {
          const input = { id: collaboration.id, version: collaboration.version, ...change } as UpdateCollaborationInput;
          const next = revisedCollaboration(collaboration, draftAfterCollaborationPatch(collaboration, collaborationPatchOf(input)), NOW);
          for (const field of ['title', 'summary'] as const) {
            const named = (change as Update)[field];
            expect(next[field]).toEqual(named ? expectedNested(collaboration[field], named, false) : collaboration[field]);
          }
          expect(next.segments).toEqual(collaboration.segments);
          collaboration = next;
        }
      }),
      { numRuns: 200 },
    );
  });

  // The three losses the review reproduced.
  it('keeps parks and languages when preferences name only countries and types', () => {
    const org = anOrganization();
    const input = { id: org.id, version: 1, preferences: { countries: ['KR'], types: ['UNIVERSITY'] } } as UpdateOrganizationInput;
    expect(draftAfterPatch(org, organizationPatchOf(input)).preferences).toEqual({
      countries: ['KR'],
      types: ['UNIVERSITY'],
      parks: org.preferences.parks,
      languages: org.preferences.languages,
    });
  });

  it('keeps the IP status when technology names only the maturity', () => {
    const org = anOrganization();
    const input = { id: org.id, version: 1, technology: { maturity: 'UNDER_DEVELOPMENT' } } as unknown as UpdateOrganizationInput;
    expect(draftAfterPatch(org, organizationPatchOf(input)).technology).toEqual({ maturity: 'UNDER_DEVELOPMENT', ipStatus: 'GRANTED' });
  });

  it('keeps the Korean name when the update names only the English one, and removes a language given as null', () => {
    const org = anOrganization();
    const renamed = { id: org.id, version: 1, name: { en: 'Hanbit Power' } } as UpdateOrganizationInput;
    expect(draftAfterPatch(org, organizationPatchOf(renamed)).name).toEqual({ en: 'Hanbit Power', ko: org.name.ko });
    const withoutKorean = { id: org.id, version: 1, name: { ko: null } } as UpdateOrganizationInput;
    expect(draftAfterPatch(org, organizationPatchOf(withoutKorean)).name).toEqual({ en: org.name.en });
  });

  it('lets the preference lists be emptied one at a time with null', () => {
    const org = anOrganization();
    const input = { id: org.id, version: 1, preferences: { parks: null } } as UpdateOrganizationInput;
    expect(draftAfterPatch(org, organizationPatchOf(input)).preferences).toEqual({ ...org.preferences, parks: [] });
  });
});
