/**
 * The signed-in caller as they see themselves: subject, verified email and
 * memberships (already read for this request), so a newcomer learns what to
 * do next without asking anyone.
 */
import type { Membership } from '../core/access/membership.js';
import { UnauthenticatedError } from '../core/errors.js';
import type { AppRequest } from './app-request.js';

/** Who is calling. */
export interface Caller {
  subject: string;
  email?: string;
  memberships: readonly Membership[];
}

/** The caller (administrators belong to no organization: they act for all). */
export function me(request: AppRequest): Caller {
  const { principal } = request;
  if (principal.role === 'MEMBER')
    return { subject: principal.subject, ...(principal.email ? { email: principal.email } : {}), memberships: principal.memberships };
  if (principal.role === 'ADMIN')
    return { subject: principal.subject, ...(principal.email ? { email: principal.email } : {}), memberships: [] };
  throw new UnauthenticatedError();
}
