/** The operations of the members and invitations screens (schema.graphql, "Onboarding"). */
import { graphql } from '../../generated/gql.js';

export const MembersQuery = graphql(`
  query Members($organizationId: ID!) {
    members(organizationId: $organizationId) {
      subject
      email
      role
      since
    }
    joinRequests(organizationId: $organizationId) {
      organizationId
      subject
      email
      message
      requestedAt
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      expiresAt
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: InvitationInput!) {
    acceptInvitation(input: $input) {
      subject
      role
    }
  }
`);

export const DeclineInvitationMutation = graphql(`
  mutation DeclineInvitation($input: InvitationInput!) {
    declineInvitation(input: $input) {
      id
    }
  }
`);

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      subject
      role
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($input: MemberInput!) {
    removeMember(input: $input) {
      subject
    }
  }
`);

export const LeaveOrganizationMutation = graphql(`
  mutation LeaveOrganization($input: LeaveOrganizationInput!) {
    leaveOrganization(input: $input) {
      subject
    }
  }
`);

export const RequestToJoinMutation = graphql(`
  mutation RequestToJoin($input: RequestToJoinInput!) {
    requestToJoin(input: $input) {
      organizationId
      requestedAt
    }
  }
`);

export const ApproveJoinRequestMutation = graphql(`
  mutation ApproveJoinRequest($input: ApproveJoinRequestInput!) {
    approveJoinRequest(input: $input) {
      subject
      role
    }
  }
`);

export const RejectJoinRequestMutation = graphql(`
  mutation RejectJoinRequest($input: MemberInput!) {
    rejectJoinRequest(input: $input) {
      subject
    }
  }
`);

export const OrganizationInvitationsQuery = graphql(`
  query OrganizationInvitations($organizationId: ID!, $status: InvitationStatus, $after: String) {
    organizationInvitations(organizationId: $organizationId, status: $status, first: 20, after: $after) {
      edges {
        node {
          id
          email
          role
          status
          createdAt
          expiresAt
          answeredAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      id
      status
    }
  }
`);
