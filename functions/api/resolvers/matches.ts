/**
 * Match queries, mutations and fields: map arguments, call the use case
 * (functions/app/matches.ts, match-reads.ts), map the result, keeping a
 * match's notes and organizations as private as the rules say.
 */
import { findCollaboration } from '../../app/collaborations.js';
import { callerRoleIn, counterpartIdFor, findMatch, listMatches, readableMessages } from '../../app/match-reads.js';
import { expressInterest, recordOutcome, respondToInterest, withdrawInterest } from '../../app/matches.js';
import { visibleOrganization } from '../../app/organization-reads.js';
import { matchActingFor } from '../../core/access/match-rules.js';
import { parseMatchId } from '../../core/match/match-identity.js';
import type { ActingForResolver } from '../authorization.js';
import { connectionOf } from '../connection.js';
import type { MatchFitResolvers, MatchResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers-types.js';
import { definedOnly } from '../inputs/input-values.js';
import { interestAnswerOf, interestExpressionOf, outcomeReportOf } from '../inputs/match-input.js';

export const matchQueries: Pick<QueryResolvers, 'match' | 'matches'> = {
  match: (_parent, { id }, context) => findMatch(context, id),
  matches: async (_parent, { organizationId, ...options }, context) => {
    const page = await listMatches(context, { organizationId, ...definedOnly(options) });
    return connectionOf(page);
  },
};

export const matchMutations: Pick<MutationResolvers, 'expressInterest' | 'respondToInterest' | 'withdrawInterest' | 'recordOutcome'> = {
  expressInterest: (_parent, { input }, context) => expressInterest(context, interestExpressionOf(input)),
  respondToInterest: (_parent, { input }, context) => respondToInterest(context, interestAnswerOf(input)),
  withdrawInterest: (_parent, { input }, context) => withdrawInterest(context, input.matchId),
  recordOutcome: (_parent, { input }, context) => recordOutcome(context, outcomeReportOf(input)),
};

export const matchFields: MatchResolvers = {
  from: (record, _args, context) => visibleOrganization(context, record.fromOrganizationId),
  to: (record, _args, context) => visibleOrganization(context, record.toOrganizationId),
  counterpart: (record, _args, context) => visibleOrganization(context, counterpartIdFor(context.principal, record)),
  myRole: (record, _args, { principal }) => callerRoleIn(principal, record),
  collaboration: (record, _args, context) => (record.collaborationId ? findCollaboration(context, record.collaborationId) : null),
  messages: (record, _args, { principal }) => readableMessages(principal, record),
};

export const matchFitFields: MatchFitResolvers = {
  // Partner search's FitReason: segment names render in the request's locale.
  reasons: (fit, _args, context) => fit.reasons.map((evidence) => ({ evidence, locale: context.locale })),
};

type InputArgs<T> = { input?: T };

const byMatchId = (matchId: unknown, context: Parameters<ActingForResolver>[1]) =>
  Promise.resolve(matchActingFor(context.principal, typeof matchId === 'string' ? parseMatchId(matchId) : null));

/** Match operations act for the caller's own organization, and only when it is a party. */
export const matchActingForResolvers: Record<string, ActingForResolver> = {
  'Query.match': (args, context) => byMatchId(args.id, context),
  'Query.matches': (args) => Promise.resolve(args.organizationId as string | undefined),
  'Mutation.expressInterest': (args) => Promise.resolve((args as InputArgs<{ fromOrganizationId?: string }>).input?.fromOrganizationId),
  'Mutation.respondToInterest': (args, context) => byMatchId((args as InputArgs<{ matchId?: string }>).input?.matchId, context),
  'Mutation.withdrawInterest': (args, context) => byMatchId((args as InputArgs<{ matchId?: string }>).input?.matchId, context),
  'Mutation.recordOutcome': (args, context) => byMatchId((args as InputArgs<{ matchId?: string }>).input?.matchId, context),
};
