import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPERATION_ACCESS } from '../../functions/core/access/policy.js';
import { MAX_ID_BYTES, MAX_REQUEST_BODY_BYTES, QUERY_LIMITS, RATE_LIMIT_POLICY } from '../../functions/api/limits.js';
import { MEMBERSHIP_CACHE_MAX_ENTRIES, MEMBERSHIP_CACHE_TTL_MS } from '../../functions/app/membership-cache.js';

/** docs/security.md renders the access policy and the limits; it must say what the code does. */
const doc = readFileSync(new URL('../../docs/security.md', import.meta.url), 'utf8');

function documentedAccess(): Record<string, string> {
  const table = doc.slice(doc.indexOf('<!-- operation-access'), doc.indexOf('<!-- /operation-access -->'));
  const rows = [...table.matchAll(/^\| `([A-Za-z]+\.[A-Za-z]+)` \| ([A-Z_]+) \|/gm)];
  return Object.fromEntries(rows.map((row) => [row[1]!, row[2]!]));
}

describe('docs/security.md', () => {
  it('lists every operation with the rule OPERATION_ACCESS gives it', () => {
    expect(documentedAccess()).toEqual(OPERATION_ACCESS);
  });

  it('states every request limit with its value', () => {
    const values = [...Object.values(QUERY_LIMITS), MAX_ID_BYTES, MAX_REQUEST_BODY_BYTES];
    for (const value of values) expect([value, doc.includes(value.toLocaleString('en-US'))]).toEqual([value, true]);
    const { PARTNER, MEMBER, ADMIN } = RATE_LIMIT_POLICY.operationsPerWindow;
    const prose = doc.replace(/\s+/g, ' ');
    expect(prose).toContain(`fixed window of ${RATE_LIMIT_POLICY.windowSeconds} s`);
    expect(prose).toContain(`${PARTNER} operations per minute for a partner app, ${MEMBER} for a member, ${ADMIN} for an administrator`);
  });

  it("states how long an instance reuses a person's memberships, and how many people it keeps", () => {
    const prose = doc.replace(/\s+/g, ' ');
    expect(prose).toContain(`\`MEMBERSHIP_CACHE_TTL_MS\` = **${MEMBERSHIP_CACHE_TTL_MS / 1000} s**`);
    expect(prose).toContain(`at most ${MEMBERSHIP_CACHE_MAX_ENTRIES.toLocaleString('en-US')} people per process`);
  });
});
