/**
 * The invitations the acting organization sent, as the API lists them
 * (`organizationInvitations`): newest first, by status, a page at a time,
 * with a button to revoke each pending one. Owners only (the API refuses
 * everyone else); `version` changes when an owner sends another invitation.
 */
import { useEffect, useState } from 'react';
import type { InvitationStatus, OrganizationInvitationsQuery as Invitations } from '../../generated/graphql.js';
import { useMutation, useQuery } from '../../api/hooks.js';
import { SelectField } from '../../components/fields.js';
import { PageNavigation } from '../../components/page-navigation.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { useI18n } from '../../i18n/i18n.js';
import { OrganizationInvitationsQuery, RevokeInvitationMutation } from './member-operations.js';

const STATUSES: readonly InvitationStatus[] = ['PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED', 'EXPIRED'];
type SentInvitation = Invitations['organizationInvitations']['edges'][number]['node'];

function SentInvitationRow({
  organizationId,
  invitation,
  onChanged,
}: {
  organizationId: string;
  invitation: SentInvitation;
  onChanged: () => void;
}) {
  const { t, label } = useI18n();
  const revoke = useMutation(RevokeInvitationMutation);
  async function revokeNow() {
    if (await revoke.run({ input: { organizationId, id: invitation.id } })) onChanged();
  }
  const date = (invitation.answeredAt ?? invitation.expiresAt).slice(0, 10);
  return (
    <li data-sent-invitation={invitation.email} data-status={invitation.status}>
      <p>
        <strong>{invitation.email}</strong> · {label('MemberRole', invitation.role)} · {label('InvitationStatus', invitation.status)}
      </p>
      <p className="muted">
        {invitation.status === 'PENDING' ? t('members.sentOpenUntil', { date }) : t('members.sentClosedOn', { date })}
      </p>
      {invitation.status === 'PENDING' && (
        <button type="button" className="secondary" onClick={() => void revokeNow()} disabled={revoke.pending}>
          {t('members.revoke', { email: invitation.email })}
        </button>
      )}
      <ErrorNotice error={revoke.error} onReload={onChanged} />
    </li>
  );
}

/** The organization's sent invitations. */
export function SentInvitations({ organizationId, version }: { organizationId: string; version: number }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<InvitationStatus | ''>('');
  const [after, setAfter] = useState<string | undefined>(undefined);
  const list = useQuery(OrganizationInvitationsQuery, { organizationId, ...(status ? { status } : {}), ...(after ? { after } : {}) });
  const { reload } = list;
  // A new invitation (another `version`) shows from the first page.
  useEffect(() => {
    if (version === 0) return;
    setAfter(undefined);
    reload();
  }, [version, reload]);
  const edges = list.data?.organizationInvitations.edges ?? [];
  const page = list.data?.organizationInvitations.pageInfo;
  return (
    <section className="card" aria-labelledby="sent-invitations">
      <h2 id="sent-invitations">{t('members.sent')}</h2>
      <p className="muted">{t('members.sentNote')}</p>
      <SelectField
        label={t('members.sentStatus')}
        value={status}
        options={STATUSES}
        enumName="InvitationStatus"
        emptyLabel={t('common.any')}
        onChange={(value) => {
          setAfter(undefined);
          setStatus(value);
        }}
      />
      {list.loading && !list.data && <Loading />}
      <ErrorNotice error={list.error} onReload={list.reload} />
      {list.data && edges.length === 0 && <p>{t('members.sentNone')}</p>}
      <ul className="plain">
        {edges.map(({ node }) => (
          <SentInvitationRow key={node.id} organizationId={organizationId} invitation={node} onChanged={list.reload} />
        ))}
      </ul>
      <PageNavigation after={after} pageInfo={page} onPage={setAfter} firstLabel={t('members.sentNewest')} />
    </section>
  );
}
