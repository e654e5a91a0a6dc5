/**
 * The invitations addressed to the signed-in person's verified email
 * (`me { invitations }`): accepting one makes the person a member, and the
 * console acts for that organization at once.
 */
import { useMutation } from '../../api/hooks.js';
import { useMemberships } from '../../auth/memberships.js';
import { ErrorNotice } from '../../components/status.js';
import { useI18n } from '../../i18n/i18n.js';
import { navigate } from '../../router/hash-router.js';
import { AcceptInvitationMutation, DeclineInvitationMutation } from './member-operations.js';

/** The person's open invitations; nothing when there are none. */
export function InvitationsForMe() {
  const { t, label } = useI18n();
  const { me, reload } = useMemberships();
  const accept = useMutation(AcceptInvitationMutation);
  const decline = useMutation(DeclineInvitationMutation);
  const invitations = me?.invitations ?? [];
  if (invitations.length === 0) return null;
  async function acceptOne(id: string, organizationId: string | undefined) {
    if (!(await accept.run({ input: { id } }))) return;
    reload(organizationId);
    navigate('members');
  }
  async function declineOne(id: string) {
    if (await decline.run({ input: { id } })) reload();
  }
  return (
    <section className="card" aria-labelledby="invitations-for-me">
      <h2 id="invitations-for-me">{t('invitations.title')}</h2>
      <ul className="plain">
        {invitations.map((invitation) => {
          const name = invitation.organization?.name.text ?? t('invitations.hidden');
          return (
            <li key={invitation.id} data-invitation={invitation.id}>
              <p>{t('invitations.to', { organization: name, role: label('MemberRole', invitation.role) })}</p>
              <p className="muted">{t('invitations.expires', { date: invitation.expiresAt.slice(0, 10) })}</p>
              <div className="toolbar">
                <button
                  type="button"
                  disabled={accept.pending || decline.pending}
                  onClick={() => void acceptOne(invitation.id, invitation.organization?.id)}
                >
                  {t('invitations.accept', { organization: name })}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={accept.pending || decline.pending}
                  onClick={() => void declineOne(invitation.id)}
                >
                  {t('invitations.decline', { organization: name })}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <ErrorNotice
        error={accept.error ?? decline.error}
        onReload={() => {
          reload();
        }}
      />
    </section>
  );
}
