/** The notification bell's and screen's GraphQL operations (docs/notifications.md). */
import { graphql } from '../../generated/gql.js';

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($after: String, $unreadOnly: Boolean, $locale: Locale) {
    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {
      edges {
        node {
          id
          kind
          organizationId
          matchId
          collaborationId
          eventId
          relatedOrganizationId
          occurredAt
          read
          text(locale: $locale)
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
      unreadCount
    }
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      email
      language
      mutedKinds
      updatedAt
    }
  }
`);

export const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      email
      language
      mutedKinds
      updatedAt
    }
  }
`);

export const MatchRoleQuery = graphql(`
  query MatchRole($id: ID!) {
    match(id: $id) {
      id
      myRole
    }
  }
`);
