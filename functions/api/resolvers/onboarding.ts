/**
 * Onboarding queries, mutations and fields: the caller (`me`), members,
 * invitations, join requests and the verification queue. Each resolver maps
 * arguments and calls one use case (functions/app/memberships.ts,
 * invitations.ts, organization-invitations.ts, join-requests.ts, verification-queue.ts, me.ts).
 */
import { maySeePrivateFieldsOf } from '../../core/access/policy.js';
import { invitationStatusAt } from '../../core/membership/member-records.js';
import { acceptInvitation, addMember, declineInvitation, inviteMember, myInvitations } from '../../app/invitations.js';
import { approveJoinRequest, joinRequestsOf, rejectJoinRequest, requestToJoin } from '../../app/join-requests.js';
import { me } from '../../app/me.js';
import { organizationInvitations, revokeInvitation } from '../../app/organization-invitations.js';
import { changeMemberRole, leaveOrganization, membersOf, removeMember } from '../../app/memberships.js';
import { visibleOrganization } from '../../app/organization-reads.js';
import { verificationQueue } from '../../app/verification-queue.js';
import type { ActingForResolver } from '../authorization.js';
import { connectionOf } from '../connection.js';
import type {
  InvitationResolvers,
  MeResolvers,
  MembershipResolvers,
  MutationResolvers,
  OrganizationResolvers,
  QueryResolvers,
} from '../generated/resolvers-types.js';

export const onboardingQueries: Pick<QueryResolvers, 'me' | 'members' | 'joinRequests' | 'organizationInvitations' | 'verificationQueue'> =
  {
    me: (_parent, _args, context) => me(context),
    members: (_parent, { organizationId }, context) => membersOf(context, organizationId),
    joinRequests: (_parent, { organizationId }, context) => joinRequestsOf(context, organizationId),
    organizationInvitations: async (_parent, { organizationId, ...page }, context) =>
      connectionOf(await organizationInvitations(context, organizationId, page)),
    verificationQueue: async (_parent, { first, after }, context) =>
      connectionOf(await verificationQueue(context, first ?? undefined, after ?? undefined)),
  };

type OnboardingMutation =
  | 'inviteMember'
  | 'acceptInvitation'
  | 'declineInvitation'
  | 'revokeInvitation'
  | 'requestToJoin'
  | 'approveJoinRequest'
  | 'rejectJoinRequest'
  | 'removeMember'
  | 'leaveOrganization'
  | 'changeMemberRole'
  | 'addMember';

export const onboardingMutations: Pick<MutationResolvers, OnboardingMutation> = {
  inviteMember: (_parent, { input }, context) => inviteMember(context, input),
  acceptInvitation: (_parent, { input }, context) => acceptInvitation(context, input.id),
  declineInvitation: (_parent, { input }, context) => declineInvitation(context, input.id),
  revokeInvitation: (_parent, { input }, context) => revokeInvitation(context, input),
  requestToJoin: (_parent, { input }, context) => requestToJoin(context, input.organizationId, input.message),
  approveJoinRequest: (_parent, { input }, context) => approveJoinRequest(context, input, input.role ?? undefined),
  rejectJoinRequest: (_parent, { input }, context) => rejectJoinRequest(context, input),
  removeMember: (_parent, { input }, context) => removeMember(context, input),
  leaveOrganization: (_parent, { input }, context) => leaveOrganization(context, input.organizationId),
  changeMemberRole: (_parent, { input }, context) => changeMemberRole(context, input, input.role),
  addMember: (_parent, { input }, context) => addMember(context, input),
};

export const meFields: MeResolvers = {
  invitations: (_caller, _args, context) => myInvitations(context),
};

export const membershipFields: MembershipResolvers = {
  organization: (membership, _args, context) => visibleOrganization(context, membership.organizationId),
};

export const invitationFields: InvitationResolvers = {
  organization: (invitation, _args, context) => visibleOrganization(context, invitation.organizationId),
  status: (invitation, _args, context) => invitationStatusAt(invitation, context.now),
  answeredAt: (invitation) => ('answeredAt' in invitation ? invitation.answeredAt : null),
};

/** Review facts on Organization: the registrant and the kept identity are for its members and administrators. */
export const organizationReviewFields: Pick<OrganizationResolvers, 'registeredBy' | 'previousVerified' | 'verificationNote' | 'queuedAt'> =
  {
    registeredBy: (org, _args, context) =>
      maySeePrivateFieldsOf(context.principal, org.id) && org.registeredBy
        ? { subject: org.registeredBy.subject, email: org.registeredBy.email ?? null }
        : null,
    previousVerified: (org, _args, context) => {
      const previous = maySeePrivateFieldsOf(context.principal, org.id) ? org.previousVerified : undefined;
      return previous ? { name: previous.name, country: previous.country, website: previous.website ?? null } : null;
    },
    verificationNote: (org, _args, context) => (maySeePrivateFieldsOf(context.principal, org.id) ? (org.verificationNote ?? null) : null),
    queuedAt: (org) => (org.verification === 'UNVERIFIED' ? (org.queuedAt ?? org.createdAt) : null),
  };

type Args = Record<string, unknown> & { input?: { organizationId?: unknown } };
const organizationArgument: ActingForResolver = (args) => {
  const value = (args as Args).input?.organizationId ?? args.organizationId;
  return Promise.resolve(typeof value === 'string' ? value : undefined);
};

/** Every organization-scoped onboarding operation acts for the organization it names. */
export const onboardingActingFor: Record<string, ActingForResolver> = Object.fromEntries(
  [
    'Query.members',
    'Query.joinRequests',
    'Query.organizationInvitations',
    'Mutation.inviteMember',
    'Mutation.revokeInvitation',
    'Mutation.approveJoinRequest',
    'Mutation.rejectJoinRequest',
    'Mutation.removeMember',
    'Mutation.leaveOrganization',
    'Mutation.changeMemberRole',
  ].map((operation) => [operation, organizationArgument]),
);
