/**
 * Rule: a collaboration's expiry is a strict ISO 8601 timestamp (offset or Z,
 * see ./iso-timestamp.ts) in the future and at most
 * MAX_COLLABORATION_LIFETIME_DAYS after publication.
 */
import { latestExpiry } from '../collaboration-draft.js';
import { MAX_COLLABORATION_LIFETIME_DAYS } from '../input-limits.js';
import type { FieldProblem } from './field-problems.js';
import { parseIsoTimestamp, timestampProblems } from './iso-timestamp.js';

/** Problems of a requested expiry (none when it is omitted: the default applies). */
export function expiryProblems(expiresAt: string | undefined, publishedAt: Date, now: Date, path: string): FieldProblem[] {
  if (expiresAt === undefined) return [];
  const parsed = parseIsoTimestamp(expiresAt);
  if (!parsed) return timestampProblems(expiresAt, path);
  const at = parsed.getTime();
  if (at <= now.getTime()) return [{ path, message: 'must be in the future' }];
  if (at > latestExpiry(publishedAt, MAX_COLLABORATION_LIFETIME_DAYS).getTime()) {
    return [{ path, message: `must be at most ${MAX_COLLABORATION_LIFETIME_DAYS} days after publication` }];
  }
  return [];
}
