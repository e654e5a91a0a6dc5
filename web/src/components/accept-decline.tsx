/**
 * The answer controls of something addressed to you: accept, or decline with
 * one of the reasons matches are declined for (OTHER when none is chosen).
 * Interest in a match and meeting requests at an event are answered alike.
 */
import { useState, type ReactNode } from 'react';
import type { DeclineReason } from '../generated/graphql.js';
import type { ApiError } from '../api/client.js';
import { DECLINE_REASONS } from '../api/vocabulary.js';
import { useI18n } from '../i18n/i18n.js';
import { SelectField } from './fields.js';
import { ErrorNotice } from './status.js';

export interface Answer {
  response: 'ACCEPT' | 'DECLINE';
  /** Present when declining. */
  declineReason?: DeclineReason;
}

interface AcceptDeclineProps {
  pending: boolean;
  error: ApiError | undefined;
  onAnswer: (answer: Answer) => void;
  onReload: () => void;
  /** Fields shown before the buttons (a reply to the match, say). */
  children?: ReactNode;
}

export function AcceptDecline({ pending, error, onAnswer, onReload, children }: AcceptDeclineProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState<DeclineReason | ''>('');
  return (
    <div className="actions-form">
      {children}
      <button
        type="button"
        onClick={() => {
          onAnswer({ response: 'ACCEPT' });
        }}
        disabled={pending}
      >
        {t('matches.accept')}
      </button>
      <SelectField
        label={t('matches.declineReason')}
        value={reason}
        options={DECLINE_REASONS}
        enumName="DeclineReason"
        emptyLabel={t('common.none')}
        onChange={setReason}
      />
      <button
        type="button"
        className="secondary"
        onClick={() => {
          onAnswer({ response: 'DECLINE', declineReason: reason || 'OTHER' });
        }}
        disabled={pending}
      >
        {t('matches.decline')}
      </button>
      <ErrorNotice error={error} onReload={onReload} />
    </div>
  );
}
