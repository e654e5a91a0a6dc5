/**
 * Demo members: one OWNER for each demo organization that has demo matches,
 * with a documented email, so the README walkthrough can sign in as the
 * receiving organization (`npm run dev:token -- user <email>`) and accept.
 * Subjects are the ones the local dev issuer derives from the email.
 */
import type { MemberRecord } from '../../../functions/core/membership/member-records.js';
import { devSubjectOf } from '../../../functions/local/dev-issuer.js';

/** Demo organizations with an owner (those the demo matches name). */
export const DEMO_ORGANIZATIONS_WITH_OWNERS = [
  'demo-org-kr-igbt-1',
  'demo-org-cn-electric-drive-1',
  'demo-org-cn-electric-drive-2',
  'demo-org-cn-electric-drive-3',
  'demo-org-kr-cosmetics-1',
  'demo-org-kr-health-food-1',
  'demo-org-cn-ginseng-processor-1',
  'demo-org-cn-ginseng-processor-2',
  'demo-org-kr-biotech-1',
  'demo-org-kr-biotech-2',
  'demo-org-cn-biopharma-cdmo-1',
  'demo-org-cn-biopharma-cdmo-2',
] as const;

/** `demo-org-cn-electric-drive-1` → `owner.cn-electric-drive-1@demo.chainfit.example`. */
export const demoOwnerEmailOf = (organizationId: string): string =>
  `owner.${organizationId.replace(/^demo-org-/, '')}@demo.chainfit.example`;

/** The demo owners, ready to import (fixed values, so a reload writes identical items). */
export function demoMembers(organizationIds: ReadonlySet<string>): MemberRecord[] {
  return DEMO_ORGANIZATIONS_WITH_OWNERS.filter((id) => organizationIds.has(id)).map((organizationId) => {
    const email = demoOwnerEmailOf(organizationId);
    return { organizationId, subject: devSubjectOf(email), email, role: 'OWNER', since: '2026-10-01T00:00:00.000Z' };
  });
}
