/**
 * Saved alerts in the stream worker: when an organization registers or
 * changes what it offers or seeks (PARTNER alerts), or a collaboration opens
 * (POSTING alerts: the organizations the posting's own partner search finds,
 * scored as recommendedCollaborations does), find the organizations it could fit by
 * partner search in reverse (the same search plan and bounded index Queries
 * as searchPartners, from the newcomer's side: every evidence link is
 * symmetric), read those candidates' alerts by key, score the newcomer for
 * each with the partner-search fit model and notify the owners whose alert it
 * passes (INSTANT alerts mailed now; DAILY and WEEKLY ones queued for each
 * member's digest, ./digests.ts). Once per alert and organization: an ALERT_SENT marker claimed by a
 * conditional write (a later profile edit finds it and stays silent; a
 * redelivery of the same record may finish its own claim, and the
 * notification's id, from the pair and the profile's time, stores it once).
 *
 * Reads per changed organization: the plan's Queries (at most
 * MAX_PARTITIONS_PER_SEARCH) and ⌈candidates / 100⌉ BatchGetItem calls for
 * their alerts (candidates ≤ DEEP_READS_PER_SEARCH × CANDIDATES_PER_DEEP_READ + the
 * other reads × CANDIDATES_PER_SHALLOW_READ, core/fit/search-plan.ts),
 * whatever the size of the table.
 */
import { partnerAlertScore, postingAlertScore, type Alert } from '../core/alerts/alert.js';
import { effectiveStatus, type Collaboration } from '../core/collaboration.js';
import { requestForCollaboration } from '../core/fit/collaboration-request.js';
import { uniqueProfiles } from '../core/fit/partner-ranking.js';
import { zoneIndustryChainModel } from '../core/industry-chain/zone-model.js';
import { matchProfileOf, type MatchProfile } from '../core/match-profile.js';
import { DEFAULT_DIGEST_FREQUENCY, digestPeriodOf } from '../core/notifications/digest.js';
import type { RecordChange } from '../core/notifications/domain-events.js';
import type { DomainEvent } from '../core/notifications/notification.js';
import type { Organization } from '../core/organization.js';
import type { AppRequest } from './app-request.js';
import type { MailDelivery } from './mail-port.js';
import { notificationIdOf, notifyEvents, type NotifyOutcome } from './notify-changes.js';
import { readCandidates } from './partner-search.js';

/** What the alert matching of one change did. */
export interface AlertOutcome extends NotifyOutcome {
  /** Organizations whose alerts were read (the reverse search's candidates). */
  candidates: number;
  /** Alerts the newcomer passed and announced now. */
  announced: number;
}

const segmentsOf = (org: Organization): string =>
  JSON.stringify([org.offers.map((offer) => offer.segmentId).sort(), [...org.seeks].sort()]);

/** The organization a change makes newly findable, or null: created, or its offers/seeks changed, and not suspended. */
export function newlyFitting(change: RecordChange): Organization | null {
  if (change.entity !== 'ORGANIZATION' || !change.after || change.after.verification === 'SUSPENDED') return null;
  if (change.before && segmentsOf(change.before) === segmentsOf(change.after)) return null;
  return change.after;
}

/** The event announcing `newcomer` to the alert's organization (its time is the profile's, so a redelivery gives the same id). */
const partnerEvent = (alert: Alert, newcomer: Organization): DomainEvent => ({
  kind: 'PARTNER_ALERT',
  recipient: { organizationId: alert.organizationId },
  occurredAt: newcomer.updatedAt,
  relatedOrganizationId: newcomer.id,
});

/** The event announcing an opened collaboration to the alert's organization. */
const postingEvent = (alert: Alert, posting: Collaboration): DomainEvent => ({
  kind: 'POSTING_ALERT',
  recipient: { organizationId: alert.organizationId },
  occurredAt: posting.updatedAt,
  collaborationId: posting.id,
  relatedOrganizationId: posting.ownerOrganizationId,
});

/** Announces one passed alert unless another event did; INSTANT alerts are mailed now, the others in the digest. */
async function announce(
  request: AppRequest,
  eventId: string,
  alert: Alert,
  event: DomainEvent,
  mail: MailDelivery | undefined,
): Promise<NotifyOutcome | null> {
  // What is announced: the collaboration for a posting, else the organization.
  const subjectId = event.collaborationId ?? event.relatedOrganizationId ?? '';
  const claimed = await request.store.alerts.claimAnnouncement({
    alertId: alert.id,
    announcedId: subjectId,
    eventId,
    sentAt: request.now.toISOString(),
  });
  if (!claimed) return null;
  const sourceId = `ALERT#${alert.id}#${subjectId}`;
  if (alert.frequency === 'INSTANT') return notifyEvents(request, sourceId, [event], mail);
  const outcome = await notifyEvents(request, sourceId, [event]);
  await leaveForDigest(request, notificationIdOf(sourceId, event), alert.organizationId);
  return outcome;
}

/**
 * Queues the notification for the digest of each member (in the period their
 * preference names, as of now). Adding an id to the queue's set twice changes
 * nothing, so a redelivery is harmless.
 */
async function leaveForDigest(request: AppRequest, notificationId: string, organizationId: string): Promise<void> {
  for (const member of await request.store.memberships.membersOf(organizationId)) {
    const preferences = await request.store.notifications.preferences(member.subject);
    const period = digestPeriodOf(preferences?.digestFrequency ?? DEFAULT_DIGEST_FREQUENCY, request.now);
    await request.store.digests.enqueue(period.frequency, period.key, member.subject, notificationId);
  }
}

/** The candidates of the reverse search from `seeker` and their alerts (bounded reads, see the header). */
async function candidatesWithAlerts(
  request: AppRequest,
  seeker: MatchProfile,
  excluded: string,
): Promise<{ owners: MatchProfile[]; alerts: Map<string, Alert[]> }> {
  // The newcomer's default request: any mode, China-ROK pairs favoured, no country or type filter of its own.
  const fitRequest = { seeker, modes: [], crossBorderPreferred: true };
  const candidates = await readCandidates(request, zoneIndustryChainModel.chainGraph, fitRequest, { countries: [], types: [] });
  const owners = uniqueProfiles(candidates).filter((owner) => owner.id !== excluded);
  const alerts =
    owners.length > 0 ? await request.store.alerts.ofOrganizations(owners.map((owner) => owner.id)) : new Map<string, Alert[]>();
  return { owners, alerts };
}

/** The collaboration a change opens, or null. */
export function newlyOpen(change: RecordChange): Collaboration | null {
  if (change.entity !== 'COLLABORATION' || change.after?.status !== 'OPEN') return null;
  return change.before?.status === 'OPEN' ? null : change.after;
}

/** The alerts a change passes, each with its announcement; none for other changes. */
async function passedAlerts(request: AppRequest, change: RecordChange): Promise<{ candidates: number; passed: [Alert, DomainEvent][] }> {
  const graph = zoneIndustryChainModel.chainGraph;
  const organization = newlyFitting(change);
  if (organization) {
    const newcomer = matchProfileOf(organization);
    const { owners, alerts } = await candidatesWithAlerts(request, newcomer, newcomer.id);
    const passed = owners.flatMap((owner) =>
      (alerts.get(owner.id) ?? [])
        .filter((alert) => partnerAlertScore(graph, alert, owner, newcomer) !== null)
        .map((alert): [Alert, DomainEvent] => [alert, partnerEvent(alert, organization)]),
    );
    return { candidates: owners.length, passed };
  }
  const posting = newlyOpen(change);
  if (!posting || effectiveStatus(posting, request.now) !== 'OPEN') return { candidates: 0, passed: [] };
  const [owner] = await request.store.matchIndex.matchProfilesByIds([posting.ownerOrganizationId]);
  if (!owner) return { candidates: 0, passed: [] };
  // The posting as its owner's request: the organizations its partner search finds are those it may be recommended to.
  const postingRequest = requestForCollaboration(owner, posting);
  const { owners, alerts } = await candidatesWithAlerts(request, postingRequest.seeker, owner.id);
  const passed = owners.flatMap((candidate) =>
    (alerts.get(candidate.id) ?? [])
      .filter((alert) => postingAlertScore(graph, alert, candidate, postingRequest) !== null)
      .map((alert): [Alert, DomainEvent] => [alert, postingEvent(alert, posting)]),
  );
  return { candidates: owners.length, passed };
}

/** Notifies the organizations whose saved alerts the changed organization (or the opened collaboration) passes. */
export async function notifyAlertMatches(
  request: AppRequest,
  source: { eventId: string; change: RecordChange },
  mail?: MailDelivery,
): Promise<AlertOutcome> {
  const { candidates, passed } = await passedAlerts(request, source.change);
  const outcome: AlertOutcome = { written: [], duplicates: 0, mailed: 0, candidates, announced: 0 };
  for (const [alert, event] of passed) {
    const done = await announce(request, source.eventId, alert, event, mail);
    if (!done) continue;
    outcome.announced++;
    outcome.written.push(...done.written);
    outcome.duplicates += done.duplicates;
    outcome.mailed += done.mailed;
  }
  return outcome;
}
