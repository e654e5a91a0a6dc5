/** The matches screen's GraphQL operations. */
import { graphql } from '../../generated/gql.js';

export const MatchesQuery = graphql(`
  query Matches($organizationId: ID!, $direction: MatchDirection, $status: MatchStatus, $locale: Locale) {
    matches(organizationId: $organizationId, direction: $direction, status: $status, first: 50) {
      edges {
        node {
          id
          status
          myRole
          declineReason
          outcome
          agreementType
          fit {
            score
          }
          counterpart {
            id
            country
            name {
              text(locale: $locale)
            }
            contact {
              person
              email
              phone
            }
          }
          messages {
            kind
            fromOrganizationId
            text
            sentAt
          }
        }
      }
    }
  }
`);

export const RespondToInterestMutation = graphql(`
  mutation RespondToInterest($input: RespondToInterestInput!) {
    respondToInterest(input: $input) {
      id
      status
    }
  }
`);

export const WithdrawInterestMutation = graphql(`
  mutation WithdrawInterest($input: WithdrawInterestInput!) {
    withdrawInterest(input: $input) {
      id
      status
    }
  }
`);

export const RecordOutcomeMutation = graphql(`
  mutation RecordOutcome($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
      outcome
    }
  }
`);
