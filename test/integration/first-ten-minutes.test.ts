import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { seedDemoData } from '../../scripts/demo/seed-demo-data.js';
import { principalFromClaims, type Principal } from '../../functions/core/access/principal.js';
import { DevIssuer, type DevRole } from '../../functions/local/dev-issuer.js';
import { ensureDevMembership } from '../../functions/local/dev-memberships.js';

/**
 * The README's "First ten minutes" runs as written: every `gql` request of
 * its script, in order, as the person whose dev token it uses, against the
 * demo data on DynamoDB Local. Shell variables the script captures (the new
 * organization, the match, the invitation) are captured the same way here.
 */
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const script = readme.split('## First ten minutes')[1]?.split('```sh')[1]?.split('```')[0] ?? '';

/** `NAME=$(npm run --silent dev:token -- role [argument])` lines: who each token variable is. */
const tokens = new Map(
  [...script.matchAll(/^(\w+)=\$\(npm run --silent dev:token -- (\w+) ?([^)]*)\)$/gm)].map((m) => [
    m[1]!,
    { role: m[2] as DevRole, argument: m[3] || undefined },
  ]),
);

/** Each `gql "$TOKEN" '<body>'` line, with the variable it assigns (if any). */
const requests = script.split('\n').flatMap((line) => {
  const match = /^(?:(\w+)=\$\()?gql "\$(\w+)" '(.*)'(?: \| sed .*\))?$/.exec(line);
  return match ? [{ assigns: match[1], token: match[2]!, body: match[3]! }] : [];
});

describe('the README walkthrough', () => {
  let table: TestTable;
  let client: GraphQLClient;

  beforeAll(async () => {
    table = await createTestTable('first-ten-minutes');
    await seedDemoData(table.store);
    client = await graphqlClient(table.store);
  }, 120_000);

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  async function principalFor(name: string): Promise<Principal> {
    const token = tokens.get(name);
    if (!token) throw new Error(`README uses $${name} without a dev:token line`);
    const claims = DevIssuer.claimsFor(token.role, token.argument) as Record<string, unknown>;
    // As the local server does for a dev member token.
    await ensureDevMembership(table.store, claims, new Date());
    return principalFromClaims(claims);
  }

  it('has the steps the issue asks for', () => {
    expect(requests.length).toBeGreaterThanOrEqual(10);
    expect(script).toContain('dev:token -- user sora@cellmat.example');
  });

  it('runs every request without an error, ending with a MUTUAL match and an accepted invitation', async () => {
    const captured = new Map<string, string>();
    const answers: Record<string, unknown>[] = [];
    for (const request of requests) {
      const body = request.body.replace(/'"\$(\w+)"'/g, (_all, name: string) => captured.get(name) ?? `<unset ${name}>`);
      const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
      const result = await client.executeAs(await principalFor(request.token), query, variables ?? {});
      expect([query.slice(0, 60), result.errors]).toEqual([query.slice(0, 60), undefined]);
      answers.push(result.data!);
      // The script's `sed` keeps the first "id" of the answer.
      if (request.assigns) captured.set(request.assigns, /"id":"([^"]+)"/.exec(JSON.stringify(result.data))![1]!);
    }
    expect(JSON.stringify(answers)).toContain('"status":"MUTUAL"');
    expect(JSON.stringify(answers)).toContain('"acceptInvitation":{"role":"MEMBER"}');
  }, 120_000);
});
