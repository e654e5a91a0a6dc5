/**
 * The acting organization's meeting requests at an event, sent and received,
 * by status: the requested side accepts or declines (with a reason), either
 * side cancels an open or accepted request; scheduled ones show slot and table.
 */
import { useState } from 'react';
import type {
  MeetingRequestDirection,
  MeetingRequestStatus,
  MeetingRequestsQuery as MeetingRequestsResult,
} from '../../generated/graphql.js';
import { useMutation, useQuery } from '../../api/hooks.js';
import { MEETING_REQUEST_STATUSES } from '../../api/vocabulary.js';
import { AcceptDecline, type Answer } from '../../components/accept-decline.js';
import { Section, SelectField } from '../../components/fields.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { useI18n } from '../../i18n/i18n.js';
import { CancelMeetingMutation, MeetingRequestsQuery, RespondToMeetingRequestMutation } from './event-operations.js';

type Edge = MeetingRequestsResult['meetingRequests']['edges'][number];

interface ActionProps {
  eventId: string;
  organizationId: string;
  edge: Edge;
  onChanged: () => void;
}

function Respond({ eventId, edge, onChanged }: ActionProps) {
  const respond = useMutation(RespondToMeetingRequestMutation);
  async function answer({ response, declineReason }: Answer) {
    const decline = declineReason ? { declineReason } : {};
    if (await respond.run({ input: { eventId, meetingId: edge.node.id, response, ...decline } })) onChanged();
  }
  return <AcceptDecline pending={respond.pending} error={respond.error} onAnswer={(given) => void answer(given)} onReload={onChanged} />;
}

function Cancel({ eventId, organizationId, edge, onChanged }: ActionProps) {
  const { t } = useI18n();
  const cancel = useMutation(CancelMeetingMutation);
  return (
    <div className="actions">
      <button
        type="button"
        className="secondary"
        onClick={() =>
          void cancel.run({ input: { eventId, organizationId, meetingId: edge.node.id } }).then((done) => {
            if (done) onChanged();
          })
        }
        disabled={cancel.pending}
      >
        {t('events.cancelMeeting')}
      </button>
      <ErrorNotice error={cancel.error} onReload={onChanged} />
    </div>
  );
}

function RequestItem(props: ActionProps) {
  const { t, label } = useI18n();
  const { node, direction, partner } = props.edge;
  const open = node.status === 'REQUESTED' || node.status === 'ACCEPTED';
  return (
    <li className="card" data-meeting={node.id} data-status={node.status} data-direction={direction}>
      <h3>{t(direction === 'SENT' ? 'events.requestTo' : 'events.requestFrom', { name: partner?.name.text ?? '—' })}</h3>
      <p>
        <span className={`tag status-${node.status}`}>{label('MeetingRequestStatus', node.status)}</span>
        {node.declineReason && <span className="tag">{label('DeclineReason', node.declineReason)}</span>}
        <span className="muted"> {t('matches.score', { score: `${Math.round(node.fit * 100)}%` })}</span>
      </p>
      {node.message && <p className="message">{node.message}</p>}
      {node.placement && (
        <p data-testid="placement">
          {t('events.placement', { slot: node.placement.slotId.replace('T', ' '), table: node.placement.table })}
        </p>
      )}
      {direction === 'RECEIVED' && node.status === 'REQUESTED' && <Respond {...props} />}
      {open && <Cancel {...props} />}
    </li>
  );
}

/** The requests section (the page remounts it, by key, after a new request). */
export function MeetingRequests({ eventId, organizationId }: { eventId: string; organizationId: string }) {
  const { t, locale } = useI18n();
  const [direction, setDirection] = useState<MeetingRequestDirection>('ANY');
  const [status, setStatus] = useState<MeetingRequestStatus | ''>('');
  const [after, setAfter] = useState<string | undefined>();
  const requests = useQuery(MeetingRequestsQuery, {
    eventId,
    organizationId,
    direction,
    locale,
    ...(status ? { status } : {}),
    ...(after ? { after } : {}),
  });
  const connection = requests.data?.meetingRequests;
  const directions: readonly MeetingRequestDirection[] = ['ANY', 'RECEIVED', 'SENT'];
  return (
    <Section title={t('events.requests')}>
      <div className="toolbar">
        <SelectField
          label={t('events.direction')}
          value={direction}
          options={directions}
          enumName="MeetingRequestDirection"
          onChange={(value) => {
            setDirection(value || 'ANY');
            setAfter(undefined);
          }}
        />
        <SelectField
          label={t('matches.status')}
          value={status}
          options={MEETING_REQUEST_STATUSES}
          enumName="MeetingRequestStatus"
          emptyLabel={t('common.any')}
          onChange={(value) => {
            setStatus(value);
            setAfter(undefined);
          }}
        />
      </div>
      {requests.loading && !requests.data && <Loading />}
      <ErrorNotice error={requests.error} />
      {connection?.edges.length === 0 && <p>{t('events.noRequests')}</p>}
      <ul className="plain">
        {connection?.edges.map((edge) => (
          <RequestItem key={edge.node.id} eventId={eventId} organizationId={organizationId} edge={edge} onChanged={requests.reload} />
        ))}
      </ul>
      {connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
        <button
          type="button"
          onClick={() => {
            setAfter(connection.pageInfo.endCursor ?? undefined);
          }}
        >
          {t('common.more')}
        </button>
      )}
    </Section>
  );
}
