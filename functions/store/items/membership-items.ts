/**
 * Membership items: each membership twice, in the organization's partition
 * (`ORG#<orgId>` / `MEMBER#<subject>`) and in the person's
 * (`PERSON#<subject>` / `MEMBERSHIP#<orgId>`), written and deleted together;
 * the organization's member counts (`ORG#<orgId>` / `MEMBERS`); the person's
 * record (`PERSON#<subject>` / `PERSON`); invitations in the invitee's
 * partition (`INVITEE#<email>` / `INVITATION#<id>`, TTL at expiry) and, written in
 * the same transaction, the organization's record of it (`ORG#<orgId>` /
 * `INVITATION#<id>`, with its state; TTL 30 days after answer or expiry); join
 * requests in the organization's partition (`ORG#<orgId>` / `JOIN#<subject>`).
 */
import { MEMBER_ROLES } from '../../core/access/membership.js';
import {
  INVITATION_STATES,
  sentInvitationKeptUntil,
  type Invitation,
  type JoinRequest,
  type MemberRecord,
  type SentInvitation,
} from '../../core/membership/member-records.js';
import { num, oneOf, optional, shape, str, type Field } from './item-parser.js';
import { declareItemType } from './item-type.js';
import { invitationKey, joinRequestKey, organizationMemberKey, personMembershipKey, sentInvitationKey, type Item } from './keys.js';

const memberRecord: Field<MemberRecord> = shape<MemberRecord>({
  organizationId: str,
  subject: str,
  email: optional(str),
  role: oneOf(MEMBER_ROLES),
  since: str,
});

/** A member, in the organization's partition. */
export const ORGANIZATION_MEMBER_ITEM = declareItemType('ORGANIZATION_MEMBER', memberRecord);
/** A membership, in the person's partition. */
export const PERSON_MEMBERSHIP_ITEM = declareItemType('PERSON_MEMBERSHIP', memberRecord);

/** Owner and member counts of an organization. */
export interface MemberCount {
  owners: number;
  members: number;
}
export const MEMBER_COUNT_ITEM = declareItemType('MEMBER_COUNT', shape<MemberCount>({ owners: num, members: num }));

/** A person's record: organizations registered so far. */
export interface PersonRecord {
  subject: string;
  registrations: number;
}
export const PERSON_ITEM = declareItemType('PERSON', shape<PersonRecord>({ subject: str, registrations: num }));

const invitationFields = {
  id: str,
  organizationId: str,
  email: str,
  role: oneOf(MEMBER_ROLES),
  invitedBy: str,
  createdAt: str,
  expiresAt: str,
};

/** An invitation, in the invitee's partition. */
export const INVITATION_ITEM = declareItemType('INVITATION', shape<Invitation>(invitationFields), { expires: true });

/** The organization's record of an invitation, in its partition. */
export const SENT_INVITATION_ITEM = declareItemType(
  'SENT_INVITATION',
  shape<SentInvitation>({ ...invitationFields, state: oneOf(INVITATION_STATES), answeredAt: optional(str) }),
  { expires: true },
);

export const JOIN_REQUEST_ITEM = declareItemType(
  'JOIN_REQUEST',
  shape<JoinRequest>({ organizationId: str, subject: str, email: optional(str), message: str, requestedAt: str }),
);

/** Both items of one membership. */
export function membershipItems(record: MemberRecord): [Item, Item] {
  return [
    { ...organizationMemberKey(record.organizationId, record.subject), entity: ORGANIZATION_MEMBER_ITEM.entity, ...record },
    { ...personMembershipKey(record.subject, record.organizationId), entity: PERSON_MEMBERSHIP_ITEM.entity, ...record },
  ];
}

/** An invitation item; DynamoDB's TTL deletes it some time after it expires (reads check the expiry too). */
export function invitationItem(invitation: Invitation): Item {
  return {
    ...invitationKey(invitation.email, invitation.id),
    entity: INVITATION_ITEM.entity,
    ...invitation,
    ttl: Math.floor(Date.parse(invitation.expiresAt) / 1000),
  };
}

/** The organization's record of an invitation; TTL deletes it once the retention after its answer or expiry ends. */
export function sentInvitationItem(invitation: SentInvitation): Item {
  return {
    ...sentInvitationKey(invitation.organizationId, invitation.id),
    entity: SENT_INVITATION_ITEM.entity,
    ...invitation,
    ttl: Math.floor(Date.parse(sentInvitationKeptUntil(invitation)) / 1000),
  };
}

/** A join request item. */
export function joinRequestItem(request: JoinRequest): Item {
  return { ...joinRequestKey(request.organizationId, request.subject), entity: JOIN_REQUEST_ITEM.entity, ...request };
}
