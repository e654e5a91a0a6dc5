/**
 * All rules an organization profile must satisfy, composed: each problem names
 * the offending input field (e.g. `input.offers[2].segmentId`).
 */
import type { ChainCatalog } from '../industry-chain/chain-catalog.js';
import { INPUT_LIMITS } from '../input-limits.js';
import type { OrganizationDraft } from '../organization-draft.js';
import type { PartnerPreferences, SegmentOffer } from '../organization.js';
import { contactProblems } from './contact-details.js';
import { blankProblems, duplicateProblems, tooLongProblems, type FieldProblem } from './field-problems.js';
import { foundedYearProblems } from './founded-year.js';
import { keywordProblems } from './keywords.js';
import { localizedTextProblems } from './localized-text.js';
import { parkListProblems } from './parks.js';
import { segmentListProblems } from './segments.js';
import { websiteProblems } from './website.js';

function shortTextProblems(text: string | undefined, path: string): FieldProblem[] {
  return [...blankProblems(text, path), ...tooLongProblems(text, INPUT_LIMITS.shortTextLength, path)];
}

function offerProblems(offers: readonly SegmentOffer[], catalog: ChainCatalog, path: string): FieldProblem[] {
  return [
    ...segmentListProblems(
      offers.map((offer) => offer.segmentId),
      catalog,
      { path, max: INPUT_LIMITS.offeredSegments, minimum: 1, elementPath: (i) => `${path}[${i}].segmentId` },
    ),
    ...offers.flatMap((offer, i) => [
      ...blankProblems(offer.note, `${path}[${i}].note`),
      ...tooLongProblems(offer.note, INPUT_LIMITS.noteLength, `${path}[${i}].note`),
    ]),
  ];
}

function preferenceProblems(preferences: PartnerPreferences, catalog: ChainCatalog, path: string): FieldProblem[] {
  return [
    ...duplicateProblems(preferences.countries, `${path}.countries`),
    ...duplicateProblems(preferences.types, `${path}.types`),
    ...duplicateProblems(preferences.languages, `${path}.languages`),
    ...parkListProblems(preferences.parks, catalog, `${path}.parks`),
  ];
}

function sizeBandProblems(draft: OrganizationDraft, path: string): FieldProblem[] {
  return draft.sizeBand !== undefined && draft.type !== 'ENTERPRISE' ? [{ path, message: 'applies to enterprises only' }] : [];
}

/** Every problem of an organization draft; empty when it may be stored. */
export function organizationProblems(draft: OrganizationDraft, catalog: ChainCatalog, now: Date, path = 'input'): FieldProblem[] {
  return [
    ...localizedTextProblems(draft.name, `${path}.name`, INPUT_LIMITS.nameLength),
    ...localizedTextProblems(draft.description, `${path}.description`, INPUT_LIMITS.descriptionLength),
    ...shortTextProblems(draft.region, `${path}.region`),
    ...shortTextProblems(draft.city, `${path}.city`),
    ...websiteProblems(draft.website, `${path}.website`),
    ...foundedYearProblems(draft.foundedYear, now, `${path}.foundedYear`),
    ...sizeBandProblems(draft, `${path}.sizeBand`),
    ...offerProblems(draft.offers, catalog, `${path}.offers`),
    ...segmentListProblems(draft.seeks, catalog, { path: `${path}.seeks`, max: INPUT_LIMITS.soughtSegments }),
    ...keywordProblems(draft.keywords, `${path}.keywords`),
    ...duplicateProblems(draft.cooperationModes, `${path}.cooperationModes`),
    ...preferenceProblems(draft.preferences, catalog, `${path}.preferences`),
    ...contactProblems(draft.contact, `${path}.contact`),
  ];
}
