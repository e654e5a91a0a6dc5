/**
 * Members of the organization the person acts for: owners invite by email,
 * see and revoke the invitations the organization sent (sent-invitations.tsx), change roles, remove members and answer join
 * requests; every member can leave. Invitations to the person themselves are
 * shown here too. The API enforces who may do what (the last owner cannot
 * leave or be demoted); the screen only hides what a plain member cannot use.
 */
import { useState, type SubmitEvent } from 'react';
import type { MemberRole } from '../../generated/graphql.js';
import { useMutation, useQuery } from '../../api/hooks.js';
import { useMemberships, type ActingMembership } from '../../auth/memberships.js';
import { useSession } from '../../auth/session.js';
import { SelectField, TextField } from '../../components/fields.js';
import { OrganizationRequired } from '../../components/organization-required.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { useI18n } from '../../i18n/i18n.js';
import { navigate } from '../../router/hash-router.js';
import { InvitationsForMe } from './invitations-for-me.js';
import { SentInvitations } from './sent-invitations.js';
import {
  ApproveJoinRequestMutation,
  ChangeMemberRoleMutation,
  InviteMemberMutation as InviteMemberDocument,
  LeaveOrganizationMutation,
  MembersQuery,
  RejectJoinRequestMutation,
  RemoveMemberMutation,
} from './member-operations.js';

const MEMBER_ROLES: readonly MemberRole[] = ['OWNER', 'MEMBER'];

function InviteMember({ organizationId, onSent }: { organizationId: string; onSent: () => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MemberRole>('MEMBER');
  const invite = useMutation(InviteMemberDocument);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const sent = await invite.run({ input: { organizationId, email: email.trim(), role } });
    if (!sent) return;
    onSent();
    setEmail('');
  }
  return (
    <form className="card" onSubmit={(event) => void submit(event)} aria-labelledby="invite-member">
      <h2 id="invite-member">{t('members.invite')}</h2>
      <TextField label={t('members.email')} type="email" value={email} onChange={setEmail} required name="invite-email" />
      <SelectField
        label={t('members.role')}
        value={role}
        options={MEMBER_ROLES}
        enumName="MemberRole"
        onChange={(value) => {
          setRole(value || 'MEMBER');
        }}
      />
      <ErrorNotice error={invite.error} />
      <button type="submit" disabled={invite.pending}>
        {t('members.sendInvitation')}
      </button>
    </form>
  );
}

function MemberRow({
  organizationId,
  member,
  isMe,
  onChanged,
}: {
  organizationId: string;
  member: { subject: string; email?: string | null; role: MemberRole; since: string };
  isMe: boolean;
  onChanged: () => void;
}) {
  const { t, label } = useI18n();
  const [role, setRole] = useState<MemberRole>(member.role);
  const change = useMutation(ChangeMemberRoleMutation);
  const remove = useMutation(RemoveMemberMutation);
  const who = member.email ?? member.subject;
  async function changeRole() {
    if (await change.run({ input: { organizationId, subject: member.subject, role } })) onChanged();
  }
  async function removeMember() {
    if (await remove.run({ input: { organizationId, subject: member.subject } })) onChanged();
  }
  return (
    <li data-member={member.subject} data-role={member.role}>
      <p>
        <strong>{who}</strong> · {label('MemberRole', member.role)}
        {isMe && ` · ${t('members.you')}`}
      </p>
      <p className="muted">{t('members.since', { date: member.since.slice(0, 10) })}</p>
      {!isMe && (
        <div className="toolbar">
          <SelectField
            label={t('members.roleOf', { member: who })}
            value={role}
            options={MEMBER_ROLES}
            enumName="MemberRole"
            onChange={(value) => {
              setRole(value || member.role);
            }}
          />
          <button type="button" onClick={() => void changeRole()} disabled={change.pending || role === member.role}>
            {t('members.changeRole')}
          </button>
          <button type="button" className="secondary" onClick={() => void removeMember()} disabled={remove.pending}>
            {t('members.remove', { member: who })}
          </button>
        </div>
      )}
      <ErrorNotice error={change.error ?? remove.error} onReload={onChanged} />
    </li>
  );
}

function JoinRequestRow({
  organizationId,
  request,
  onChanged,
}: {
  organizationId: string;
  request: { subject: string; email?: string | null; message: string; requestedAt: string };
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const approve = useMutation(ApproveJoinRequestMutation);
  const reject = useMutation(RejectJoinRequestMutation);
  const who = request.email ?? request.subject;
  const input = { organizationId, subject: request.subject };
  async function answer(mutation: typeof approve | typeof reject) {
    if (await mutation.run({ input })) onChanged();
  }
  return (
    <li data-join-request={request.subject}>
      <p>
        <strong>{who}</strong> · {request.requestedAt.slice(0, 10)}
      </p>
      <p>{request.message}</p>
      <div className="toolbar">
        <button type="button" onClick={() => void answer(approve)} disabled={approve.pending}>
          {t('join.approve', { member: who })}
        </button>
        <button type="button" className="secondary" onClick={() => void answer(reject)} disabled={reject.pending}>
          {t('join.reject', { member: who })}
        </button>
      </div>
      <ErrorNotice error={approve.error ?? reject.error} onReload={onChanged} />
    </li>
  );
}

function OwnerTools({ acting, mySubject }: { acting: ActingMembership; mySubject: string | undefined }) {
  const { t } = useI18n();
  const { organizationId } = acting;
  const members = useQuery(MembersQuery, { organizationId });
  const [invitationsSent, setInvitationsSent] = useState(0);
  return (
    <>
      <InviteMember
        organizationId={organizationId}
        onSent={() => {
          setInvitationsSent((count) => count + 1);
        }}
      />
      <SentInvitations organizationId={organizationId} version={invitationsSent} />
      <section aria-labelledby="member-list">
        <h2 id="member-list">{t('members.list')}</h2>
        {members.loading && !members.data && <Loading />}
        <ErrorNotice error={members.error} onReload={members.reload} />
        <ul className="plain">
          {members.data?.members.map((member) => (
            <MemberRow
              key={`${member.subject}:${member.role}`}
              organizationId={organizationId}
              member={member}
              isMe={member.subject === mySubject}
              onChanged={members.reload}
            />
          ))}
        </ul>
      </section>
      <section aria-labelledby="join-requests">
        <h2 id="join-requests">{t('join.requests')}</h2>
        {members.data?.joinRequests.length === 0 && <p>{t('join.none')}</p>}
        <ul className="plain">
          {members.data?.joinRequests.map((request) => (
            <JoinRequestRow key={request.subject} organizationId={organizationId} request={request} onChanged={members.reload} />
          ))}
        </ul>
      </section>
    </>
  );
}

function Leave({ acting }: { acting: ActingMembership }) {
  const { t } = useI18n();
  const { reload } = useMemberships();
  const leave = useMutation(LeaveOrganizationMutation);
  async function leaveNow() {
    if (!(await leave.run({ input: { organizationId: acting.organizationId } }))) return;
    reload();
    navigate('organization');
  }
  return (
    <section className="card" aria-labelledby="leave-organization">
      <h2 id="leave-organization">{t('members.leaveTitle')}</h2>
      <p className="muted">{t('members.leaveNote')}</p>
      <ErrorNotice error={leave.error} />
      <button type="button" className="secondary" onClick={() => void leaveNow()} disabled={leave.pending}>
        {t('members.leave', { organization: acting.name })}
      </button>
    </section>
  );
}

/** The members screen. */
export function MembersScreen() {
  const { t, label } = useI18n();
  const { session } = useSession();
  const { acting, me } = useMemberships();
  if (!session) return <p>{t('session.required')}</p>;
  return (
    <>
      <h1>{t('members.title')}</h1>
      <InvitationsForMe />
      {acting ? (
        <>
          <p data-testid="acting-role">{t('members.yourRole', { organization: acting.name, role: label('MemberRole', acting.role) })}</p>
          {acting.role === 'OWNER' && <OwnerTools acting={acting} mySubject={me?.subject} />}
          <Leave acting={acting} />
        </>
      ) : (
        <OrganizationRequired />
      )}
    </>
  );
}
