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

/**
 * The rule a FORBIDDEN answer names in its `rule` extension, for clients to
 * act on without parsing the message (ORGANIZATION_SUSPENDED: suspension.ts).
 */
export type RefusalRule =
  | 'ADMIN_ONLY'
  | 'PARTNER_APP_READ_ONLY'
  | 'NO_ORGANIZATION_NAMED'
  | 'NOT_AN_OWNER'
  | 'NOT_A_MEMBER'
  | 'SIGNED_IN_PERSON_ONLY'
  | 'ORGANIZATION_SUSPENDED';

/** Which rule refused the call (the same branches as refusalMessage). */
export function refusalRule(principal: Principal, call: RefusedCall): RefusalRule {
  if (call.rule === 'ADMIN') return 'ADMIN_ONLY';
  if (principal.role === 'PARTNER') return call.mutation ? 'PARTNER_APP_READ_ONLY' : 'SIGNED_IN_PERSON_ONLY';
  if (principal.role !== 'MEMBER') return 'SIGNED_IN_PERSON_ONLY';
  if (!call.actingFor) return 'NO_ORGANIZATION_NAMED';
  return call.rule === 'ORGANIZATION_OWNER' ? 'NOT_AN_OWNER' : 'NOT_A_MEMBER';
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

/**
 * The message of a FORBIDDEN answer to a write acting for a suspended
 * organization: what the rule is and who can lift it.
 */
export function suspensionRefusal(organizationId: string, fieldName: string): string {
  return (
    `Organization ${organizationId} is suspended: it may only read its own data, so ${fieldName} is refused; ` +
    'a zone administrator lifts the suspension with setVerification (see its verificationNote for why)'
  );
}
