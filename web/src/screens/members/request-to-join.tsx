/** Asking an organization's owners to let the person join (`requestToJoin`), by the organization's id. */
import { useState, type SubmitEvent } from 'react';
import { useMutation } from '../../api/hooks.js';
import { TextField } from '../../components/fields.js';
import { ErrorNotice } from '../../components/status.js';
import { useI18n } from '../../i18n/i18n.js';
import { RequestToJoinMutation } from './member-operations.js';

/** A small form: organization id and a note to its owners. */
export function RequestToJoin() {
  const { t } = useI18n();
  const [organizationId, setOrganizationId] = useState('');
  const [message, setMessage] = useState('');
  const request = useMutation(RequestToJoinMutation);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    await request.run({ input: { organizationId: organizationId.trim(), message: message.trim() } });
  }
  return (
    <form className="card" onSubmit={(event) => void submit(event)} aria-labelledby="request-to-join">
      <h2 id="request-to-join">{t('join.title')}</h2>
      <p className="muted">{t('join.intro')}</p>
      <TextField label={t('join.organizationId')} value={organizationId} onChange={setOrganizationId} required name="join-organization" />
      <TextField label={t('join.message')} value={message} onChange={setMessage} multiline required />
      <ErrorNotice error={request.error} />
      {request.data && !request.pending && <p role="status">{t('join.sent')}</p>}
      <button type="submit" disabled={request.pending}>
        {t('join.submit')}
      </button>
    </form>
  );
}
