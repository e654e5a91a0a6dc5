/**
 * The organization mutations, step by step: check, validate (nothing is
 * written when anything is wrong), build the next version with the core, and
 * write it all-or-nothing through the store.
 */
import { randomUUID } from 'node:crypto';
import { mayRegisterOrganization } from '../core/access/organization-rules.js';
import type { Principal } from '../core/access/principal.js';
import { ForbiddenError, NotFoundError } from '../core/errors.js';
import { draftAfterPatch, newOrganization, revisedOrganization, withVerification } from '../core/organization-draft.js';
import type { Organization } from '../core/organization.js';
import { throwIfAny } from '../core/validation/field-problems.js';
import { idempotencyKeyProblems } from '../core/validation/idempotency-key.js';
import { organizationProblems } from '../core/validation/organization-rules.js';
import { assertVersion } from '../core/versioning.js';
import { zoneChainCatalog } from '../core/zone-chain-catalog.js';
import type { GraphQLContext } from './context.js';
import type { RegisterOrganizationInput, SetVerificationInput, UpdateOrganizationInput } from './generated/resolvers-types.js';
import { organizationDraftOf, organizationPatchOf } from './inputs/organization-input.js';

/** Who an idempotency key belongs to: the signed-in subject. */
function callerScope(principal: Principal): string {
  return principal.role === 'ADMIN' || principal.role === 'MEMBER' ? principal.subject : 'anonymous';
}

export async function registerOrganization(context: GraphQLContext, input: RegisterOrganizationInput): Promise<Organization> {
  if (!mayRegisterOrganization(context.principal)) {
    throw new ForbiddenError('You already belong to an organization; one organization per member');
  }
  const now = new Date();
  const draft = organizationDraftOf(input);
  throwIfAny([...idempotencyKeyProblems(input.idempotencyKey, 'input.idempotencyKey'), ...organizationProblems(draft, zoneChainCatalog, now)]);
  const org = newOrganization(draft, `org-${randomUUID()}`, now);
  const scope = callerScope(context.principal);
  return context.store.organizations.create(org, { operation: 'registerOrganization', scope, key: input.idempotencyKey, payload: draft });
}

async function currentOrganization(context: GraphQLContext, id: string): Promise<Organization> {
  const org = await context.store.organizations.get(id);
  if (!org) throw new NotFoundError('Organization', id);
  return org;
}

export async function updateOrganization(context: GraphQLContext, input: UpdateOrganizationInput): Promise<Organization> {
  const current = await currentOrganization(context, input.id);
  assertVersion(current, input.version);
  const now = new Date();
  const draft = draftAfterPatch(current, organizationPatchOf(input));
  throwIfAny(organizationProblems(draft, zoneChainCatalog, now));
  return context.store.organizations.replace(current, revisedOrganization(current, draft, now));
}

/** Zone administrators verify or suspend; suspension removes the organization from matching's index. */
export async function setVerification(context: GraphQLContext, input: SetVerificationInput): Promise<Organization> {
  const current = await currentOrganization(context, input.organizationId);
  assertVersion(current, input.version);
  if (current.verification === input.verification) return current;
  return context.store.organizations.replace(current, withVerification(current, input.verification, new Date()));
}
