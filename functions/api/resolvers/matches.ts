/**
 * Match queries, mutations and fields. The commands (../match-commands.ts)
 * hold the workflow; these resolvers only map arguments and results, and keep
 * a match's notes and organizations as private as the rules say.
 */
import { matchActingFor, mayReadMatch } from '../../core/access/match-rules.js';
import { matchFitOn } from '../../core/match/match-fit.js';
import { zoneChainGraph } from '../../core/fit/industry-chain-graph.js';
import { parseMatchId } from '../../core/match/match-identity.js';
import { counterpartOf, partyRoleOf, type MatchFitFunction } from '../../core/match/match-record.js';
import { pageSizeOf } from '../../core/pagination.js';
import { DEFAULT_LOCALE } from '../../core/vocabulary.js';
import type { ActingForResolver } from '../authorization.js';
import { connectionOf } from '../connection.js';
import type { MatchFitResolvers, MatchResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers-types.js';
import { expressInterest, recordOutcome, respondToInterest, withdrawInterest } from '../match-commands.js';
import { visibleOrganization } from './organizations.js';

/** The fit snapshot of new matches: the fit model over the zone's industry-chain model. */
const zoneMatchFit: MatchFitFunction = matchFitOn(zoneChainGraph);

export const matchQueries: Pick<QueryResolvers, 'match' | 'matches'> = {
  match: (_parent, { id }, context) => context.store.matches.get(id),
  matches: async (_parent, { organizationId, status, direction, first, after }, context) => {
    const page = await context.store.matches.list({ organizationId, direction: direction ?? 'ANY', status, first: pageSizeOf(first), after });
    return connectionOf(page);
  },
};

export const matchMutations: Pick<MutationResolvers, 'expressInterest' | 'respondToInterest' | 'withdrawInterest' | 'recordOutcome'> = {
  expressInterest: (_parent, { input }, context) => expressInterest(context, input, zoneMatchFit),
  respondToInterest: (_parent, { input }, context) => respondToInterest(context, input),
  withdrawInterest: (_parent, { input }, context) => withdrawInterest(context, input),
  recordOutcome: (_parent, { input }, context) => recordOutcome(context, input),
};

export const matchFields: MatchResolvers = {
  from: (record, _args, context) => visibleOrganization(context, record.fromOrganizationId),
  to: (record, _args, context) => visibleOrganization(context, record.toOrganizationId),
  counterpart: (record, _args, context) => {
    const { principal } = context;
    const mine = principal.role === 'MEMBER' ? principal.organizationId : undefined;
    const other = mine && partyRoleOf(record, mine) ? counterpartOf(record, mine) : record.toOrganizationId;
    return visibleOrganization(context, other);
  },
  myRole: (record, _args, { principal }) => partyRoleOf(record, principal.role === 'MEMBER' ? principal.organizationId : undefined),
  collaborationId: (record) => record.collaborationId ?? null,
  collaboration: (record, _args, context) => (record.collaborationId ? context.loaders.collaboration.load(record.collaborationId) : null),
  // Defence in depth: every operation reaching a Match already admits only the parties and administrators.
  messages: (record, _args, { principal }) => (mayReadMatch(principal, record) ? record.messages : []),
  declineReason: (record) => record.declineReason ?? null,
  outcome: (record) => record.outcome ?? null,
  agreementType: (record) => record.agreementType ?? null,
  respondedAt: (record) => record.respondedAt ?? null,
  outcomeRecordedAt: (record) => record.outcomeRecordedAt ?? null,
};

export const matchFitFields: MatchFitResolvers = {
  // Partner search's FitReason: segment names render in the request's locale.
  reasons: (fit, _args, context) => fit.reasons.map((evidence) => ({ evidence, locale: context.locale ?? DEFAULT_LOCALE })),
};

type InputArgs<T> = { input?: T };

const byMatchId = (matchId: unknown, context: Parameters<ActingForResolver>[1]) =>
  matchActingFor(context.principal, typeof matchId === 'string' ? parseMatchId(matchId) : null);

/** Match operations act for the caller's own organization, and only when it is a party. */
export const matchActingForResolvers: Record<string, ActingForResolver> = {
  'Query.match': async (args, context) => byMatchId(args.id, context),
  'Query.matches': async (args) => args.organizationId as string | undefined,
  'Mutation.expressInterest': async (args) => (args as InputArgs<{ fromOrganizationId?: string }>).input?.fromOrganizationId,
  'Mutation.respondToInterest': async (args, context) => byMatchId((args as InputArgs<{ matchId?: string }>).input?.matchId, context),
  'Mutation.withdrawInterest': async (args, context) => byMatchId((args as InputArgs<{ matchId?: string }>).input?.matchId, context),
  'Mutation.recordOutcome': async (args, context) => byMatchId((args as InputArgs<{ matchId?: string }>).input?.matchId, context),
};
