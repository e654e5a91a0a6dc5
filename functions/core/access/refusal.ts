/**
 * Why a call was refused, in words the caller can act on: which organization
 * they are not a member (or owner) of and whom to ask, that partner apps are
 * read-only, that only zone administrators may do something. The decision
 * itself is policy.ts's; this only explains it.
 */
import type { AccessRule } from './policy.js';
import type { Principal } from './principal.js';

/** What the explanation needs to know about the refused call. */
export interface RefusedCall {
  /** The GraphQL field, e.g. `updateOrganization`. */
  fieldName: string;
  rule: AccessRule;
  /** The organization the call acts for, when known. */
  actingFor?: string | null | undefined;
  mutation: boolean;
}

function memberRefusal(call: RefusedCall): string {
  if (!call.actingFor) {
    return `${call.fieldName} acts for an organization you belong to: name one of yours (see me { memberships }), or register one with registerOrganization`;
  }
  if (call.rule === 'ORGANIZATION_OWNER') {
    return `Only owners of ${call.actingFor} may call ${call.fieldName}; ask one of its owners`;
  }
  return `You are not a member of ${call.actingFor}; ask its owner for an invitation, or ask to join with requestToJoin`;
}

/** The message of a FORBIDDEN answer. */
export function refusalMessage(principal: Principal, call: RefusedCall): string {
  if (call.rule === 'ADMIN') return `Only zone administrators may call ${call.fieldName}`;
  if (principal.role === 'PARTNER') {
    return call.mutation
      ? `Partner apps are read-only: ${call.fieldName} must be called by a signed-in member of the organization`
      : `Partner apps may not call ${call.fieldName}: it needs a signed-in member of the organization`;
  }
  if (principal.role === 'MEMBER') return memberRefusal(call);
  return `You may not call ${call.fieldName}`;
}
