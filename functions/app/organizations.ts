/**
 * The organization use cases: register, revise and verify. Each checks,
 * validates (nothing is written when anything is wrong), builds the next
 * version with the core, and writes it all-or-nothing through the store.
 */
import { randomUUID } from 'node:crypto';
import { mayRegisterOrganization } from '../core/access/organization-rules.js';
import type { Principal } from '../core/access/principal.js';
import { ForbiddenError, NotFoundError } from '../core/errors.js';
import { draftAfterPatch, newOrganization, revisedOrganization, withVerification, type OrganizationDraft, type OrganizationPatch } from '../core/organization-draft.js';
import type { Organization, VerificationStatus } from '../core/organization.js';
import { throwIfAny } from '../core/validation/field-problems.js';
import { idempotencyKeyProblems } from '../core/validation/idempotency-key.js';
import { organizationProblems } from '../core/validation/organization-rules.js';
import { assertVersion } from '../core/versioning.js';
import { zoneIndustryChainModel } from '../core/industry-chain/zone-model.js';
import type { AppRequest } from './app-request.js';

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
}

/** Who an idempotency key belongs to: the signed-in subject. */
function callerScope(principal: Principal): string {
  return principal.role === 'ADMIN' || principal.role === 'MEMBER' ? principal.subject : 'anonymous';
}

/** Registers an organization; a repeat with the same idempotency key returns the first result. */
export async function registerOrganization(request: AppRequest, draft: OrganizationDraft, idempotencyKey: string): Promise<Organization> {
  const { store, principal, now } = request;
  if (!mayRegisterOrganization(principal)) throw new ForbiddenError('You already belong to an organization; one organization per member');
  throwIfAny([...idempotencyKeyProblems(idempotencyKey, 'input.idempotencyKey'), ...organizationProblems(draft, zoneIndustryChainModel.chainCatalog, now)]);
  const org = newOrganization(draft, `org-${randomUUID()}`, now);
  return store.organizations.create(org, { operation: 'registerOrganization', scope: callerScope(principal), key: idempotencyKey, payload: draft });
}

async function currentOrganization(request: AppRequest, id: string): Promise<Organization> {
  const org = await request.store.organizations.get(id);
  if (!org) throw new NotFoundError('Organization', id);
  return org;
}

/** Revises a profile; a stale version is CONFLICT. */
export async function updateOrganization(request: AppRequest, revision: OrganizationRevision): Promise<Organization> {
  const current = await currentOrganization(request, revision.id);
  assertVersion(current, revision.version);
  const draft = draftAfterPatch(current, revision.patch);
  throwIfAny(organizationProblems(draft, zoneIndustryChainModel.chainCatalog, request.now));
  return request.store.organizations.replace(current, revisedOrganization(current, draft, request.now));
}

/** Zone administrators verify or suspend; suspension removes the organization from matching's index. */
export async function setVerification(request: AppRequest, decision: VerificationDecision): Promise<Organization> {
  const current = await currentOrganization(request, decision.organizationId);
  assertVersion(current, decision.version);
  if (current.verification === decision.verification) return current;
  return request.store.organizations.replace(current, withVerification(current, decision.verification, request.now));
}
