/**
 * Feedback from the seeker's own declines. When a seeker declined partners
 * as NOT_RELEVANT, candidates similar to them rank lower for that seeker only:
 * similar means a piece of industry-chain evidence joins the candidate to the
 * seeker through the same segment on the candidate's side and in the same
 * direction as it joined a declined partner ("another electric-drive maker
 * that would supply us"). The reasons come from the fit frozen on each
 * declined match, seen from the seeker. Nothing is stored: feedback is
 * derived from the match records at search time, each decline fading to
 * nothing over DECLINE_FEEDBACK.FADE_DAYS, so it is per seeker and reversible.
 */
import type { FitReasonSnapshot, MatchRecord } from '../match/match-record.js';
import type { ReasonDirection } from './direction-evidence.js';
import type { Fit } from './fit-score.js';
import { DECLINE_FEEDBACK } from './weights.js';

/** What the ranking and the explanation need to know about one candidate. */
export interface FitFeedback {
  /** Declined partners similar to this candidate (fresh or fading). */
  similarDeclines: number;
  /** Subtracted from the candidate's ranking score; the score itself is unchanged. */
  demotion: number;
}

/** The seeker's relevant declines, as (candidate-side segment, direction) signatures with their current weight. */
export interface DeclineFeedback {
  readonly declines: readonly { partnerId: string; signatures: ReadonlySet<string>; weight: number }[];
}

export const NO_FEEDBACK: DeclineFeedback = { declines: [] };

const MIRRORED: Record<ReasonDirection, ReasonDirection> = {
  CANDIDATE_OFFERS_WHAT_SEEKER_SEEKS: 'SEEKER_OFFERS_WHAT_CANDIDATE_SEEKS',
  SEEKER_OFFERS_WHAT_CANDIDATE_SEEKS: 'CANDIDATE_OFFERS_WHAT_SEEKER_SEEKS',
  CANDIDATE_SUPPLIES_SEEKER: 'SEEKER_SUPPLIES_CANDIDATE',
  SEEKER_SUPPLIES_CANDIDATE: 'CANDIDATE_SUPPLIES_SEEKER',
  CANDIDATE_RESEARCHES_FOR_SEEKER: 'SEEKER_RESEARCHES_FOR_CANDIDATE',
  SEEKER_RESEARCHES_FOR_CANDIDATE: 'CANDIDATE_RESEARCHES_FOR_SEEKER',
  PEERS: 'PEERS',
  SAME_CHAIN: 'SAME_CHAIN',
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** How a reason looks from the seeker's side: the partner's segment and the direction. */
function signatureOf(candidateSegment: string, direction: ReasonDirection): string {
  return `${candidateSegment}|${direction}`;
}

/**
 * "The seeker offers what the candidate seeks" names the seeker's segment on
 * both sides, not the candidate's: it says nothing about what the candidate
 * is, so it never makes two candidates similar.
 */
const saysWhatCandidateIs = (direction: ReasonDirection) => direction !== 'SEEKER_OFFERS_WHAT_CANDIDATE_SEEKS';

/** A frozen reason seen from `seekerId` (as recorded when it was the fit's seeker, mirrored otherwise); undefined when it says nothing about the partner. */
function seekerSideSignature(reason: FitReasonSnapshot, recordedForSeeker: boolean): string | undefined {
  const [segment, direction] = recordedForSeeker
    ? [reason.candidateSegment, reason.direction]
    : [reason.seekerSegment, MIRRORED[reason.direction]];
  return saysWhatCandidateIs(direction) ? signatureOf(segment, direction) : undefined;
}

/** 1 on the day of the decline, falling linearly to 0 at FADE_DAYS. */
export function declineWeight(declinedAt: string, now: Date): number {
  const ageDays = (now.getTime() - Date.parse(declinedAt)) / DAY_MS;
  if (!Number.isFinite(ageDays)) return 0;
  return Math.max(0, Math.min(1, 1 - ageDays / DECLINE_FEEDBACK.FADE_DAYS));
}

/**
 * The feedback of one seeker from its matches: those it received and declined
 * as NOT_RELEVANT (only the receiver declines), with a frozen fit, not yet faded.
 */
export function declineFeedbackOf(seekerId: string, matches: readonly MatchRecord[], now: Date): DeclineFeedback {
  const declines = matches
    .filter((m) => m.status === 'DECLINED' && m.declineReason === 'NOT_RELEVANT' && m.toOrganizationId === seekerId && m.fit)
    .map((m) => ({
      partnerId: m.fromOrganizationId,
      signatures: new Set((m.fit?.reasons ?? []).flatMap((r) => seekerSideSignature(r, m.fit?.seekerOrganizationId === seekerId) ?? [])),
      weight: declineWeight(m.respondedAt ?? m.updatedAt, now),
    }))
    .filter((d) => d.weight > 0 && d.signatures.size > 0);
  return { declines };
}

/** How the seeker's declines bear on one candidate's fit; undefined when no decline is similar. */
export function feedbackOn(feedback: DeclineFeedback, fit: Pick<Fit, 'reasons'>): FitFeedback | undefined {
  const signatures = new Set(
    fit.reasons.filter((r) => saysWhatCandidateIs(r.direction)).map((r) => signatureOf(r.candidateSegment, r.direction)),
  );
  const similar = feedback.declines.filter((d) => [...d.signatures].some((s) => signatures.has(s)));
  if (similar.length === 0) return undefined;
  const weight = similar.reduce((sum, d) => sum + d.weight, 0);
  return { similarDeclines: similar.length, demotion: Math.min(DECLINE_FEEDBACK.MAX, DECLINE_FEEDBACK.PER_DECLINE * weight) };
}

/**
 * The same, for a list the fit's candidate reads (recommended collaborations:
 * the collaboration's owner is the fit's seeker, the reading organization its
 * candidate): the fit's reasons are seen from the reader first, so "similar"
 * means what it means in search, the partner's segment and the direction.
 */
export function feedbackOnReader(feedback: DeclineFeedback, fit: Pick<Fit, 'reasons'>): FitFeedback | undefined {
  const fromReader = fit.reasons.map((r) => ({
    ...r,
    seekerSegment: r.candidateSegment,
    candidateSegment: r.seekerSegment,
    direction: MIRRORED[r.direction],
  }));
  return feedbackOn(feedback, { reasons: fromReader });
}

/** Ids of the partners the seeker declined, whatever the reason: the ones search hides unless includeDeclined. */
export function declinedPartnerIds(seekerId: string, matches: readonly MatchRecord[]): Set<string> {
  return new Set(
    matches
      .filter((m) => m.status === 'DECLINED')
      .map((m) => (m.fromOrganizationId === seekerId ? m.toOrganizationId : m.fromOrganizationId)),
  );
}
