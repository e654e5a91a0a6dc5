/**
 * The seeker's declined matches, for partner search: which partners to hide
 * (unless includeDeclined) and what its NOT_RELEVANT declines teach the
 * ranking (core/fit/decline-feedback.ts). Only for callers who may see the
 * seeker's private side (its members, administrators): for anyone else both
 * would reveal the seeker's declines, so it has none.
 */
import { maySeePrivateFieldsOf } from '../core/access/policy.js';
import type { MatchRecord } from '../core/match/match-record.js';
import type { AppRequest } from './app-request.js';

export function declineHistoryOf(request: AppRequest, seekerId: string): Promise<readonly MatchRecord[]> {
  if (!maySeePrivateFieldsOf(request.principal, seekerId)) return Promise.resolve([]);
  return request.store.matches.declinedMatchesOf(seekerId);
}
