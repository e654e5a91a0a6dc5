/**
 * All resolvers, merged, with the access policy applied to every root field.
 */
import type { Resolvers } from '../generated/resolvers-types.js';
import { withAuthorization, type ActingForResolver, type RootResolvers } from '../authorization.js';
import { healthQueries } from './health.js';
import { organizationActingFor, organizationFields, organizationMutations, organizationQueries } from './organizations.js';
import { collaborationActingFor, collaborationFields, collaborationMutations, collaborationQueries } from './collaborations.js';
import { localizedTextResolvers } from './localized-text.js';
import { matchActingForResolvers, matchFields, matchFitFields, matchMutations, matchQueries } from './matches.js';
import { industryChainFields, industryChainQueries } from './industry-chain.js';
import {
  collaborationRecommendationFields,
  fitReasonFields,
  partnerMatchFields,
  partnerSearchQueries,
  policyMeasureFields,
} from './partner-search.js';
import { statisticsQueries, zoneStatisticsFields } from './statistics.js';
import {
  agendaEntryFields,
  meetingRequestEdgeFields,
  eventActingFor,
  eventFields,
  eventMutations,
  eventParticipantFields,
  eventQueries,
  suggestedMeetingFields,
} from './events.js';
import {
  invitationFields,
  meFields,
  membershipFields,
  onboardingActingFor,
  onboardingMutations,
  onboardingQueries,
  organizationReviewFields,
} from './onboarding.js';
import { alertActingFor, alertMutations, alertQueries } from './alerts.js';
import { notificationFields, notificationMutations, notificationPreferencesFields, notificationQueries } from './notifications.js';
import { webhookMutations, webhookQueries } from './webhooks.js';

const unguarded: Resolvers = {
  Query: {
    ...healthQueries,
    ...organizationQueries,
    ...collaborationQueries,
    ...matchQueries,
    ...industryChainQueries,
    ...partnerSearchQueries,
    ...statisticsQueries,
    ...onboardingQueries,
    ...eventQueries,
    ...notificationQueries,
    ...alertQueries,
    ...webhookQueries,
  },
  Mutation: {
    ...organizationMutations,
    ...collaborationMutations,
    ...matchMutations,
    ...onboardingMutations,
    ...eventMutations,
    ...notificationMutations,
    ...alertMutations,
    ...webhookMutations,
  },
  Organization: { ...organizationFields, ...organizationReviewFields },
  Me: meFields,
  Membership: membershipFields,
  Invitation: invitationFields,
  Collaboration: collaborationFields,
  Match: matchFields,
  MatchFit: matchFitFields,
  LocalizedText: localizedTextResolvers,
  ...industryChainFields,
  PartnerMatch: partnerMatchFields,
  CollaborationRecommendation: collaborationRecommendationFields,
  FitReason: fitReasonFields,
  PolicyMeasure: policyMeasureFields,
  MatchmakingEvent: eventFields,
  EventParticipant: eventParticipantFields,
  SuggestedMeeting: suggestedMeetingFields,
  AgendaEntry: agendaEntryFields,
  MeetingRequestEdge: meetingRequestEdgeFields,
  ZoneStatistics: zoneStatisticsFields,
  Notification: notificationFields,
  NotificationPreferences: notificationPreferencesFields,
};

/** For ORGANIZATION_MEMBER operations: which organization the call acts for. */
const actingFor: Record<string, ActingForResolver> = {
  ...organizationActingFor,
  ...collaborationActingFor,
  ...matchActingForResolvers,
  ...onboardingActingFor,
  ...alertActingFor,
  ...eventActingFor,
};

export const resolvers = withAuthorization(unguarded as RootResolvers, actingFor) as Resolvers;
