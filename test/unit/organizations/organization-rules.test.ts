import { describe, expect, it } from 'vitest';
import { organizationProblems } from '../../../functions/core/validation/organization-rules.js';
import { zoneIndustryChainModel } from '../../../functions/core/industry-chain/zone-model.js';
import { INPUT_LIMITS } from '../../../functions/core/input-limits.js';
import { anOrganizationDraft, NOW } from '../../support/organization-factory.js';
import type { OrganizationDraft } from '../../../functions/core/organization-draft.js';

const problemsOf = (overrides: Partial<OrganizationDraft>) =>
  organizationProblems(anOrganizationDraft(overrides), zoneIndustryChainModel.chainCatalog, NOW);
const pathsOf = (overrides: Partial<OrganizationDraft>) => problemsOf(overrides).map((p) => p.path);

describe('organization rules', () => {
  it('accepts the Korean IGBT maker as drafted', () => {
    expect(problemsOf({})).toEqual([]);
  });

  it('names the offending offer when a segment id is unknown', () => {
    const offers = [{ segmentId: 'semi.power-semiconductors' }, { segmentId: 'nev.battery-cells' }, { segmentId: 'nev.flux-capacitors' }];
    expect(pathsOf({ offers })).toEqual(['input.offers[2].segmentId']);
  });

  it('rejects an unknown sought segment and a repeated one', () => {
    expect(pathsOf({ seeks: ['nev.electric-drive', 'nope.nothing', 'nev.electric-drive'] })).toEqual(['input.seeks[1]', 'input.seeks[2]']);
  });

  it('needs at least one offered segment and at most the documented number', () => {
    expect(pathsOf({ offers: [] })).toEqual(['input.offers']);
    const many = [
      'semi.compound-semiconductors',
      'semi.chip-design',
      'semi.chip-fabrication',
      'semi.power-semiconductors',
      'semi.packaging-testing',
      'nev.battery-cells',
      'nev.drive-motors',
      'nev.electric-drive',
      'nev.battery-packs',
    ];
    expect(many.length).toBeGreaterThan(INPUT_LIMITS.offeredSegments);
    expect(pathsOf({ offers: many.map((segmentId) => ({ segmentId })) })).toEqual(['input.offers']);
  });

  it('needs a name in at least one language and no blank language', () => {
    expect(pathsOf({ name: {} })).toEqual(['input.name']);
    expect(pathsOf({ name: { en: 'Hanbit', zh: '  ' } })).toEqual(['input.name.zh']);
  });

  it('rejects a description over the documented length, counting characters not bytes', () => {
    expect(pathsOf({ description: { zh: '功'.repeat(INPUT_LIMITS.descriptionLength) } })).toEqual([]);
    expect(pathsOf({ description: { zh: '功'.repeat(INPUT_LIMITS.descriptionLength + 1) } })).toEqual(['input.description.zh']);
  });

  it('rejects a bad email, a bad phone and a blank contact person', () => {
    expect(pathsOf({ contact: { person: ' ', email: 'minjun.kim@', phone: 'call me' } })).toEqual([
      'input.contact.person',
      'input.contact.email',
      'input.contact.phone',
    ]);
  });

  it('rejects a website that is not an http(s) URL', () => {
    expect(pathsOf({ website: 'hanbit-power' })).toEqual(['input.website']);
    expect(pathsOf({ website: 'ftp://hanbit-power.example' })).toEqual(['input.website']);
  });

  it('rejects founding years before 1800 or in the future', () => {
    expect(pathsOf({ foundedYear: 1799 })).toEqual(['input.foundedYear']);
    expect(pathsOf({ foundedYear: NOW.getUTCFullYear() + 1 })).toEqual(['input.foundedYear']);
    expect(pathsOf({ foundedYear: 1898 })).toEqual([]);
  });

  it('keeps size bands to enterprises', () => {
    expect(pathsOf({ type: 'UNIVERSITY', sizeBand: 'FROM_250' })).toEqual(['input.sizeBand']);
  });

  it('rejects unknown zone parks', () => {
    const preferences = { countries: [], types: [], parks: ['medicine-park', 'moon-base-park'], languages: [] };
    expect(pathsOf({ preferences })).toEqual(['input.preferences.parks[1]']);
  });

  it('rejects too many or repeated keywords', () => {
    expect(pathsOf({ keywords: ['IGBT', 'igbt'] })).toEqual(['input.keywords[1]']);
    expect(pathsOf({ keywords: Array.from({ length: INPUT_LIMITS.keywords + 1 }, (_, i) => `k${i}`) })).toEqual(['input.keywords']);
  });

  it('reports every problem at once', () => {
    expect(pathsOf({ name: {}, website: 'nope', foundedYear: 1 })).toEqual(['input.name', 'input.website', 'input.foundedYear']);
  });
});
