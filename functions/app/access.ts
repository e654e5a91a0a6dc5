/**
 * Access checks of a call, as domain errors: the pure decision lives in the
 * core's one policy table (functions/core/access/policy.ts); this turns it
 * into UNAUTHENTICATED or FORBIDDEN, and says when the decision needs to know
 * which organization the call acts for (a read the caller may have to make).
 */
import { decide, type AccessRule } from '../core/access/policy.js';
import type { Principal } from '../core/access/principal.js';
import { refusalMessage } from '../core/access/refusal.js';
import { ForbiddenError, UnauthenticatedError } from '../core/errors.js';

/** One call to decide on: the operation's name (`Mutation.updateOrganization`) and its rule. */
export interface GuardedCall {
  operation: string;
  rule: AccessRule;
}

const isMutation = (call: GuardedCall): boolean => call.operation.startsWith('Mutation.');

/**
 * Whether the organization the call acts for must be found first. Members
 * need it for the decision; for administrators' mutations it only feeds the
 * audit trail, so their reads skip the lookup.
 */
export function needsActingFor(principal: Principal, call: GuardedCall): boolean {
  if (call.rule !== 'ORGANIZATION_MEMBER' && call.rule !== 'ORGANIZATION_OWNER') return false;
  return principal.role === 'MEMBER' || (principal.role === 'ADMIN' && isMutation(call));
}

/** Throws UnauthenticatedError or ForbiddenError unless the policy allows the call. */
export function authorize(principal: Principal, call: GuardedCall, fieldName: string, actingFor?: string | null): void {
  const decision = decide(principal, call.rule, actingFor);
  if (decision === 'UNAUTHENTICATED') throw new UnauthenticatedError();
  if (decision === 'FORBIDDEN') {
    throw new ForbiddenError(
      refusalMessage(principal, { fieldName, rule: call.rule, actingFor, mutation: isMutation(call) }),
      actingFor ? { organizationId: actingFor } : {},
    );
  }
}
