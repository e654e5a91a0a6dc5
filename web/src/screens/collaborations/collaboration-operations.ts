/** The collaboration screen's GraphQL operations. */
import { graphql } from '../../generated/gql.js';

export const OwnCollaborationsQuery = graphql(`
  query OwnCollaborations($owner: ID!, $locale: Locale) {
    collaborations(filter: { owner: $owner }, first: 50) {
      edges {
        node {
          id
          version
          kind
          status
          expiresAt
          segments
          cooperationModes
          title {
            en
            zh
            ko
            text(locale: $locale)
          }
          summary {
            en
            zh
            ko
            text(locale: $locale)
          }
        }
      }
    }
  }
`);

export const PostCollaborationMutation = graphql(`
  mutation PostCollaboration($input: PostCollaborationInput!) {
    postCollaboration(input: $input) {
      id
    }
  }
`);

export const UpdateCollaborationMutation = graphql(`
  mutation UpdateCollaboration($input: UpdateCollaborationInput!) {
    updateCollaboration(input: $input) {
      id
      version
    }
  }
`);

export const CloseCollaborationMutation = graphql(`
  mutation CloseCollaboration($input: CloseCollaborationInput!) {
    closeCollaboration(input: $input) {
      id
      status
    }
  }
`);

export const RecommendedCollaborationsQuery = graphql(`
  query RecommendedCollaborations($organizationId: ID!, $locale: Locale) {
    recommendedCollaborations(organizationId: $organizationId, first: 5, locale: $locale) {
      score
      explanation(locale: $locale)
      collaboration {
        id
        kind
        title {
          text(locale: $locale)
        }
        organization {
          id
          name {
            text(locale: $locale)
          }
        }
      }
    }
  }
`);
