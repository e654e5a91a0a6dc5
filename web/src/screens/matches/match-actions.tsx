/** What a party may do with a match: the receiver accepts or declines, the sender withdraws, either records an outcome. */
import { useState } from 'react';
import type { AgreementType, MatchOutcome, MatchRole, MatchStatus } from '../../generated/graphql.js';
import { useMutation } from '../../api/hooks.js';
import { AGREEMENT_TYPES, MATCH_OUTCOMES } from '../../api/vocabulary.js';
import { AcceptDecline, type Answer } from '../../components/accept-decline.js';
import { SelectField, TextField } from '../../components/fields.js';
import { ErrorNotice } from '../../components/status.js';
import { useI18n } from '../../i18n/i18n.js';
import { RecordOutcomeMutation, RespondToInterestMutation, WithdrawInterestMutation } from './match-operations.js';

interface MatchActionsProps {
  matchId: string;
  status: MatchStatus;
  myRole: MatchRole | null | undefined;
  outcome: MatchOutcome | null | undefined;
  onChanged: () => void;
}

function Respond({ matchId, onChanged }: { matchId: string; onChanged: () => void }) {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  const respond = useMutation(RespondToInterestMutation);
  async function answer({ response, declineReason }: Answer) {
    const text = message.trim() ? { message: message.trim() } : {};
    const done = await respond.run({ input: { matchId, response, ...text, ...(declineReason ? { declineReason } : {}) } });
    if (done) onChanged();
  }
  return (
    <AcceptDecline pending={respond.pending} error={respond.error} onAnswer={(given) => void answer(given)} onReload={onChanged}>
      <TextField label={t('matches.reply')} value={message} onChange={setMessage} multiline />
    </AcceptDecline>
  );
}

function Outcome({ matchId, onChanged }: { matchId: string; onChanged: () => void }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<MatchOutcome | ''>('MEETING_HELD');
  const [agreementType, setAgreementType] = useState<AgreementType | ''>('');
  const record = useMutation(RecordOutcomeMutation);
  async function submit() {
    if (!outcome) return;
    const agreement = outcome === 'AGREEMENT_SIGNED' ? { agreementType: agreementType || 'COMMERCIAL' } : {};
    if (await record.run({ input: { matchId, outcome, ...agreement } })) onChanged();
  }
  return (
    <div className="actions-form">
      <SelectField
        label={t('matches.outcome')}
        value={outcome}
        options={MATCH_OUTCOMES}
        enumName="MatchOutcome"
        onChange={(value) => {
          setOutcome(value);
        }}
      />
      {outcome === 'AGREEMENT_SIGNED' && (
        <SelectField
          label={t('matches.agreementType')}
          value={agreementType}
          options={AGREEMENT_TYPES}
          enumName="AgreementType"
          emptyLabel={t('common.none')}
          onChange={(value) => {
            setAgreementType(value);
          }}
        />
      )}
      <button type="button" onClick={() => void submit()} disabled={record.pending}>
        {t('matches.recordOutcome')}
      </button>
      <ErrorNotice error={record.error} onReload={onChanged} />
    </div>
  );
}

/** The actions open to this party in this state. */
export function MatchActions({ matchId, status, myRole, outcome, onChanged }: MatchActionsProps) {
  const { t } = useI18n();
  const withdraw = useMutation(WithdrawInterestMutation);
  if (status === 'PENDING' && myRole === 'RECEIVER') return <Respond matchId={matchId} onChanged={onChanged} />;
  if (status === 'PENDING' && myRole === 'SENDER') {
    return (
      <div className="actions">
        <button
          type="button"
          onClick={() =>
            void withdraw.run({ input: { matchId } }).then((done) => {
              if (done) onChanged();
            })
          }
          disabled={withdraw.pending}
        >
          {t('matches.withdraw')}
        </button>
        <ErrorNotice error={withdraw.error} onReload={onChanged} />
      </div>
    );
  }
  // AGREEMENT_SIGNED and NO_DEAL are final (schema.graphql, recordOutcome).
  if (status === 'MUTUAL' && (!outcome || outcome === 'MEETING_HELD')) return <Outcome matchId={matchId} onChanged={onChanged} />;
  return null;
}
