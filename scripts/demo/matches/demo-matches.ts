/**
 * Demo match records among demo organizations, so `npm start` shows the match
 * workflow with something in it. Each match is played through the real state
 * machine (newPendingMatch, applyMatchCommand) with the real fit function at
 * fixed times, so a reload rebuilds exactly the same records the mutations
 * would have written.
 */
import type { MatchFitFunction, MatchRecord } from '../../../functions/core/match/match-record.js';
import { matchIdentity, matchIdOf } from '../../../functions/core/match/match-identity.js';
import { applyMatchCommand, newPendingMatch, type MatchCommand } from '../../../functions/core/match/match-state.js';
import type { Organization } from '../../../functions/core/organization.js';
import type { MatchImport } from '../../../functions/store/match-repository.js';

/** A command one party issued, at a fixed time. */
interface DemoStep {
  by: 'SENDER' | 'RECEIVER';
  at: string;
  command: MatchCommand;
}

/** One match about no collaboration: who expressed interest in whom, when, and what followed. */
interface DemoMatchScript {
  from: string;
  to: string;
  at: string;
  message: string;
  then: DemoStep[];
}

export const DEMO_MATCH_SCRIPTS: readonly DemoMatchScript[] = [
  {
    from: 'demo-org-kr-igbt-1',
    to: 'demo-org-cn-electric-drive-1',
    at: '2026-10-06T01:30:00.000Z',
    message: 'Our 1200 V SiC modules fit your three-in-one drive; could we send samples for your next inverter platform?',
    then: [
      { by: 'RECEIVER', at: '2026-10-08T03:00:00.000Z', command: { kind: 'ACCEPT', message: 'Yes: please bring samples to Changchun.' } },
    ],
  },
  {
    from: 'demo-org-cn-electric-drive-2',
    to: 'demo-org-kr-igbt-1',
    at: '2026-10-20T06:15:00.000Z',
    message: 'We are qualifying a second IGBT supplier for our drive motors controller line.',
    then: [],
  },
  {
    from: 'demo-org-kr-igbt-1',
    to: 'demo-org-cn-electric-drive-3',
    at: '2026-09-15T02:00:00.000Z',
    message: 'Would a joint reliability test of our power modules in your e-axle interest you?',
    then: [
      {
        by: 'RECEIVER',
        at: '2026-09-18T08:45:00.000Z',
        command: { kind: 'DECLINE', reason: 'NO_CAPACITY', message: 'Our test benches are booked until spring.' },
      },
    ],
  },
  {
    from: 'demo-org-kr-cosmetics-1',
    to: 'demo-org-cn-ginseng-processor-1',
    at: '2026-10-25T00:40:00.000Z',
    message: 'We look for a steady supply of Rg3-rich ginseng extract for a K-beauty serum.',
    then: [],
  },
  {
    from: 'demo-org-kr-health-food-1',
    to: 'demo-org-cn-ginseng-processor-2',
    at: '2026-08-03T05:00:00.000Z',
    message: 'We would like to source six-year cultivated ginseng for our health products.',
    then: [
      { by: 'RECEIVER', at: '2026-08-05T02:30:00.000Z', command: { kind: 'ACCEPT' } },
      { by: 'SENDER', at: '2026-08-20T07:00:00.000Z', command: { kind: 'RECORD_OUTCOME', outcome: 'MEETING_HELD' } },
      {
        by: 'SENDER',
        at: '2026-09-30T09:00:00.000Z',
        command: { kind: 'RECORD_OUTCOME', outcome: 'AGREEMENT_SIGNED', agreementType: 'COMMERCIAL' },
      },
    ],
  },
  {
    from: 'demo-org-kr-biotech-1',
    to: 'demo-org-cn-biopharma-cdmo-1',
    at: '2026-09-01T01:00:00.000Z',
    message: 'We need clinical-scale manufacturing of an antibody candidate entering phase I.',
    then: [
      { by: 'RECEIVER', at: '2026-09-02T04:20:00.000Z', command: { kind: 'ACCEPT', message: 'Our 2000 L line has room from Q1.' } },
      { by: 'RECEIVER', at: '2026-10-14T06:00:00.000Z', command: { kind: 'RECORD_OUTCOME', outcome: 'MEETING_HELD' } },
    ],
  },
  {
    from: 'demo-org-kr-biotech-2',
    to: 'demo-org-cn-biopharma-cdmo-2',
    at: '2026-09-10T03:00:00.000Z',
    message: 'Could you take on process development for our immunotherapy candidate?',
    then: [{ by: 'SENDER', at: '2026-09-12T03:00:00.000Z', command: { kind: 'WITHDRAW' } }],
  },
];

/** Plays one script: the interest, then each step, as the mutations would. */
function playedMatch(script: DemoMatchScript, byId: ReadonlyMap<string, Organization>, fit: MatchFitFunction): MatchImport {
  const [from, to] = [script.from, script.to].map((id) => {
    const org = byId.get(id);
    if (!org) throw new Error(`Demo match names an unknown organization ${id}`);
    return org;
  }) as [Organization, Organization];
  let record: MatchRecord = newPendingMatch({
    id: matchIdOf(matchIdentity(from.id, to.id)),
    fromOrganizationId: from.id,
    toOrganizationId: to.id,
    message: script.message,
    fit: fit({ from, to, now: script.at }),
    now: script.at,
  });
  let becameMutual: MatchRecord | undefined;
  for (const step of script.then) {
    const organizationId = step.by === 'SENDER' ? from.id : to.id;
    record = applyMatchCommand(record, step.command, { actor: step.by, organizationId }, step.at).record;
    if (record.status === 'MUTUAL' && !becameMutual) becameMutual = record;
  }
  return { record, ...(becameMutual ? { becameMutual } : {}) };
}

/** The demo matches among `organizations`, each with the record it had when it turned MUTUAL (for the pair's marker). */
export function demoMatches(organizations: readonly Organization[], fit: MatchFitFunction): MatchImport[] {
  const byId = new Map(organizations.map((org) => [org.id, org]));
  return DEMO_MATCH_SCRIPTS.map((script) => playedMatch(script, byId, fit));
}
