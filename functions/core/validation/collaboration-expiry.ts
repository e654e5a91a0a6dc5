/**
 * Rule: a collaboration's expiry is a valid timestamp in the future and at most
 * MAX_COLLABORATION_LIFETIME_DAYS after publication.
 */
import { latestExpiry } from '../collaboration-draft.js';
import { MAX_COLLABORATION_LIFETIME_DAYS } from '../input-limits.js';
import type { FieldProblem } from './field-problems.js';

/** Problems of a requested expiry (none when it is omitted: the default applies). */
export function expiryProblems(expiresAt: string | undefined, publishedAt: Date, now: Date, path: string): FieldProblem[] {
  if (expiresAt === undefined) return [];
  const at = Date.parse(expiresAt);
  if (Number.isNaN(at)) return [{ path, message: 'is not an ISO 8601 timestamp' }];
  if (at <= now.getTime()) return [{ path, message: 'must be in the future' }];
  if (at > latestExpiry(publishedAt, MAX_COLLABORATION_LIFETIME_DAYS).getTime()) {
    return [{ path, message: `must be at most ${MAX_COLLABORATION_LIFETIME_DAYS} days after publication` }];
  }
  return [];
}
