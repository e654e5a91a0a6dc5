/**
 * Saved alerts (EEN's partnering alerts, industry-chain aware): an
 * organization's standing search. When another organization registers or
 * changes what it offers or seeks, the stream worker scores it for each
 * organization it could fit with the partner-search fit model and notifies
 * those whose alert it passes. Pure: the vocabulary, the limits, the
 * validation of a new alert and the decision "does this newcomer pass".
 */
import { NO_FILTERS } from '../fit/hard-filters.js';
import type { FitRequest } from '../fit/fit-request.js';
import { rankPartners } from '../fit/partner-ranking.js';
import type { ChainGraph } from '../industry-chain/chain-graph.js';
import type { MatchProfile } from '../match-profile.js';
import type { FieldProblem } from '../errors.js';
import { duplicateProblems, tooManyProblems } from '../validation/field-problems.js';
import { COUNTRIES, ORGANIZATION_TYPES, type Country, type OrganizationType } from '../vocabulary.js';

/** PARTNER: organizations that fit; POSTING: open collaborations that fit. */
export const ALERT_KINDS = ['PARTNER', 'POSTING'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** INSTANT: mailed as it happens; DAILY / WEEKLY: in-app now, mailed in the digest. */
export const ALERT_FREQUENCIES = ['INSTANT', 'DAILY', 'WEEKLY'] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

/** Alerts one organization may keep (they live in one item, read with one key per candidate). */
export const MAX_ALERTS_PER_ORGANIZATION = 10;

/** What a member asks for when saving an alert. */
export interface AlertDraft {
  organizationId: string;
  /** 0..1: newcomers scoring less for the organization are not announced. */
  minScore: number;
  /** Empty: any country. */
  countries: Country[];
  /** Empty: any type. */
  types: OrganizationType[];
  kinds: AlertKind[];
  frequency: AlertFrequency;
}

export interface Alert extends AlertDraft {
  id: string;
  /** The member who saved it. */
  createdBy: string;
  createdAt: string;
}

function listProblems(values: readonly string[], allowed: readonly string[], path: string): FieldProblem[] {
  return [
    ...tooManyProblems(values, allowed.length, path),
    ...duplicateProblems(values, path),
    ...values.flatMap((value, i) => (allowed.includes(value) ? [] : [{ path: `${path}[${i}]`, message: `unknown value ${value}` }])),
  ];
}

/** Every problem of a new alert beside `existing` (the organization's alerts); empty when it may be saved. */
export function alertDraftProblems(draft: AlertDraft, existing: number, path = 'input'): FieldProblem[] {
  return [
    ...(Number.isFinite(draft.minScore) && draft.minScore >= 0 && draft.minScore <= 1
      ? []
      : [{ path: `${path}.minScore`, message: 'must be between 0 and 1' }]),
    ...listProblems(draft.countries, COUNTRIES, `${path}.countries`),
    ...listProblems(draft.types, ORGANIZATION_TYPES, `${path}.types`),
    ...(draft.kinds.length === 0 ? [{ path: `${path}.kinds`, message: 'name at least one kind' }] : []),
    ...listProblems(draft.kinds, ALERT_KINDS, `${path}.kinds`),
    ...(existing >= MAX_ALERTS_PER_ORGANIZATION
      ? [{ path: `${path}.organizationId`, message: `an organization keeps at most ${MAX_ALERTS_PER_ORGANIZATION} alerts` }]
      : []),
  ];
}

/** The search an alert stands for: the owner's own profile as seeker, any mode, China-ROK pairs favoured (searchPartners' defaults). */
export function alertFitRequest(owner: MatchProfile): FitRequest {
  return { seeker: owner, modes: [], crossBorderPreferred: true };
}

/**
 * The newcomer's score for the alert's owner if the alert announces it, else
 * null: the same hard filters (both sides' preferences, suspended, self) and
 * fit score as partner search, with the alert's countries, types and minimum.
 */
export function partnerAlertScore(graph: ChainGraph, alert: Alert, owner: MatchProfile, newcomer: MatchProfile): number | null {
  if (!alert.kinds.includes('PARTNER') || alert.organizationId !== owner.id) return null;
  const [fit] = rankPartners(graph, alertFitRequest(owner), [newcomer], {
    filters: { ...NO_FILTERS, countries: alert.countries, types: alert.types },
    minScore: alert.minScore,
    first: 1,
  });
  return fit ? fit.score : null;
}

/**
 * An opened collaboration's score for the alert's organization if the alert
 * announces it, else null: scored as recommendedCollaborations does (the
 * collaboration as its owner's request, the alert's organization the only
 * candidate), the alert's countries and types applying to the owner.
 */
export function postingAlertScore(graph: ChainGraph, alert: Alert, organization: MatchProfile, posting: FitRequest): number | null {
  if (!alert.kinds.includes('POSTING') || alert.organizationId !== organization.id) return null;
  const owner = posting.seeker;
  if (alert.countries.length > 0 && !alert.countries.includes(owner.country)) return null;
  if (alert.types.length > 0 && !alert.types.includes(owner.type)) return null;
  const [fit] = rankPartners(graph, posting, [organization], { filters: NO_FILTERS, minScore: alert.minScore, first: 1 });
  return fit ? fit.score : null;
}
