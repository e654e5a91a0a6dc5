/** "Express interest" with a message: creates a PENDING match (or MUTUAL when the other side was first). */
import { useState, type SubmitEvent } from 'react';
import { graphql } from '../../generated/gql.js';
import { useMutation } from '../../api/hooks.js';
import { ErrorNotice } from '../../components/status.js';
import { TextField } from '../../components/fields.js';
import { useI18n } from '../../i18n/i18n.js';

const ExpressInterestMutation = graphql(`
  mutation ExpressInterest($input: ExpressInterestInput!) {
    expressInterest(input: $input) {
      id
      status
    }
  }
`);

interface InterestFormProps {
  fromOrganizationId: string;
  toOrganizationId: string;
  toName: string;
  collaborationId?: string | undefined;
}

/** The message box and button under a partner result. */
export function InterestForm({ fromOrganizationId, toOrganizationId, toName, collaborationId }: InterestFormProps) {
  const { t, label } = useI18n();
  const [message, setMessage] = useState('');
  const express = useMutation(ExpressInterestMutation);
  const match = express.data?.expressInterest;
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    await express.run({
      input: { fromOrganizationId, toOrganizationId, message: message.trim(), ...(collaborationId ? { collaborationId } : {}) },
    });
  }
  if (match) return <p role="status">{t('interest.sent', { status: label('MatchStatus', match.status) })}</p>;
  return (
    <form onSubmit={(event) => void submit(event)} className="interest">
      <TextField label={t('interest.message', { name: toName })} value={message} onChange={setMessage} multiline required />
      <ErrorNotice error={express.error} />
      <button type="submit" disabled={express.pending || message.trim() === ''}>
        {t('interest.send')}
      </button>
    </form>
  );
}
