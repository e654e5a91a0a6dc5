/**
 * The organization use cases: register, revise and verify. Each checks,
 * validates (nothing is written when anything is wrong), builds the next
 * version with the core, and writes it all-or-nothing through the store.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../core/access/principal.js';
import { NotFoundError } from '../core/errors.js';
import { afterIdentityReview, afterVerificationDecision } from '../core/membership/verification-review.js';
import {
  draftAfterPatch,
  newOrganization,
  revisedOrganization,
  type OrganizationDraft,
  type OrganizationPatch,
} from '../core/organization-draft.js';
import type { Organization, VerificationStatus } from '../core/organization.js';
import { throwIfAny } from '../core/validation/field-problems.js';
import { idempotencyKeyProblems } from '../core/validation/idempotency-key.js';
import { verificationNoteProblems } from '../core/validation/membership-rules.js';
import { organizationProblems } from '../core/validation/organization-rules.js';
import { assertVersion } from '../core/versioning.js';
import { zoneIndustryChainModel } from '../core/industry-chain/zone-model.js';
import type { AppRequest } from './app-request.js';
import { recordOwnMembership, writingMembershipsOf } from './principal-memberships.js';
import { registrantOf, registrantWrites } from './registration.js';

/** A change to a profile, made against the version the caller read. */
export interface OrganizationRevision {
  id: string;
  version: number;
  patch: OrganizationPatch;
}

/** An administrator's verification decision, against the version they read. */
export interface VerificationDecision {
  organizationId: string;
  version: number;
  verification: VerificationStatus;
  /** A note to the organization (why it was suspended, what to fix). */
  note?: string;
}

/** Who an idempotency key belongs to: the signed-in subject. */
function callerScope(principal: Principal): string {
  return principal.role === 'ADMIN' || principal.role === 'MEMBER' ? principal.subject : 'anonymous';
}

/**
 * Registers an organization, UNVERIFIED and queued for review. A person
 * becomes its first OWNER in the same transaction (usable on their next
 * request, same token), within the limit of unverified organizations; an
 * administrator registers for others and joins nobody. A repeat with the same
 * idempotency key returns the first result.
 */
export async function registerOrganization(request: AppRequest, draft: OrganizationDraft, idempotencyKey: string): Promise<Organization> {
  const { store, principal, now } = request;
  throwIfAny([
    ...idempotencyKeyProblems(idempotencyKey, 'input.idempotencyKey'),
    ...organizationProblems(draft, zoneIndustryChainModel.chainCatalog, now),
  ]);
  const registrant = registrantOf(principal);
  const org: Organization = { ...newOrganization(draft, `org-${randomUUID()}`, now), ...(registrant ? { registeredBy: registrant } : {}) };
  const alongside = registrant ? await registrantWrites(request, org.id) : [];
  const create = () =>
    store.organizations.create(
      org,
      { operation: 'registerOrganization', scope: callerScope(principal), key: idempotencyKey, payload: draft },
      alongside,
    );
  // The registrant's OWNER membership is written in the organization's own transaction.
  const created = registrant ? await writingMembershipsOf(request, registrant.subject, create) : await create();
  if (registrant) recordOwnMembership(request, { organizationId: created.id, role: 'OWNER' });
  return created;
}

async function currentOrganization(request: AppRequest, id: string): Promise<Organization> {
  const org = await request.store.organizations.get(id);
  if (!org) throw new NotFoundError('Organization', id);
  return org;
}

/** Revises a profile; a stale version is CONFLICT. A changed identity (name, country, website) needs a new review. */
export async function updateOrganization(request: AppRequest, revision: OrganizationRevision): Promise<Organization> {
  const current = await currentOrganization(request, revision.id);
  assertVersion(current, revision.version);
  const draft = draftAfterPatch(current, revision.patch);
  throwIfAny(organizationProblems(draft, zoneIndustryChainModel.chainCatalog, request.now));
  const next = afterIdentityReview(current, revisedOrganization(current, draft, request.now), request.now);
  return request.store.organizations.replace(current, next);
}

/** Zone administrators verify or suspend (with an optional note); suspension removes the organization from matching's index. */
export async function setVerification(request: AppRequest, decision: VerificationDecision): Promise<Organization> {
  throwIfAny(verificationNoteProblems(decision.note));
  const current = await currentOrganization(request, decision.organizationId);
  assertVersion(current, decision.version);
  if (current.verification === decision.verification && decision.note === undefined) return current;
  const note = decision.note?.trim() ? decision.note.trim() : undefined;
  return request.store.organizations.replace(current, afterVerificationDecision(current, decision.verification, note, request.now));
}
