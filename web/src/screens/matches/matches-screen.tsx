/** Matches: received and sent, by status; actions per state; contacts once mutual. */
import { useEffect, useRef, useState } from 'react';
import type { MatchDirection, MatchStatus, MatchesQuery as MatchesResult } from '../../generated/graphql.js';
import { useQuery } from '../../api/hooks.js';
import { MATCH_STATUSES } from '../../api/vocabulary.js';
import { useActingOrganizationId } from '../../auth/memberships.js';
import { useSession } from '../../auth/session.js';
import { OrganizationRequired } from '../../components/organization-required.js';
import { SelectField } from '../../components/fields.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { useI18n } from '../../i18n/i18n.js';
import { MatchActions } from './match-actions.js';
import { MatchesQuery } from './match-operations.js';
import { MatchRoleQuery } from '../notifications/notification-operations.js';

type MatchNode = MatchesResult['matches']['edges'][number]['node'];

function MatchItem({ match, onChanged, focused }: { match: MatchNode; onChanged: () => void; focused: boolean }) {
  const { t, label, locale } = useI18n();
  const contact = match.counterpart?.contact;
  const item = useRef<HTMLLIElement>(null);
  // Opened from a notification (#/matches/<id>): bring the match into view and move focus to it.
  useEffect(() => {
    if (!focused) return;
    item.current?.scrollIntoView({ block: 'center' });
    item.current?.focus();
  }, [focused]);
  return (
    <li
      ref={item}
      className={focused ? 'card focused' : 'card'}
      data-match={match.id}
      data-status={match.status}
      data-focused={focused || undefined}
      tabIndex={focused ? -1 : undefined}
    >
      <h3>{t('matches.with', { name: match.counterpart?.name.text ?? '—' })}</h3>
      <p>
        <span className={`tag status-${match.status}`}>{label('MatchStatus', match.status)}</span>
        {match.outcome && <span className="tag">{label('MatchOutcome', match.outcome)}</span>}
        {match.declineReason && <span className="tag">{label('DeclineReason', match.declineReason)}</span>}
        {match.fit && <span className="muted"> {t('matches.score', { score: `${Math.round(match.fit.score * 100)}%` })}</span>}
      </p>
      {match.messages.length > 0 && (
        <details>
          <summary>{t('matches.messages')}</summary>
          <ul>
            {match.messages.map((message) => (
              <li key={message.sentAt + message.kind}>
                <span className="muted">{new Date(message.sentAt).toLocaleString(locale)}</span> {message.text}
              </li>
            ))}
          </ul>
        </details>
      )}
      {contact && (
        <div className="contact" data-testid="contact">
          <h4>{t('matches.contact')}</h4>
          <p>
            {contact.person} · <a href={`mailto:${contact.email}`}>{contact.email}</a>
            {contact.phone && ` · ${contact.phone}`}
          </p>
        </div>
      )}
      <MatchActions matchId={match.id} status={match.status} myRole={match.myRole} outcome={match.outcome} onChanged={onChanged} />
    </li>
  );
}

/** The matches screen; `focusMatchId` (route `#/matches/<id>`, e.g. from a notification) shows that match's side and highlights it. */
export function MatchesScreen({ focusMatchId }: { focusMatchId?: string | undefined } = {}) {
  const { t, locale } = useI18n();
  const { session } = useSession();
  const organizationId = useActingOrganizationId();
  const [direction, setDirection] = useState<MatchDirection>('RECEIVED');
  const [status, setStatus] = useState<MatchStatus | ''>('');
  const matches = useQuery(MatchesQuery, organizationId ? { organizationId, direction, locale, ...(status ? { status } : {}) } : null);
  const focus = useQuery(MatchRoleQuery, focusMatchId && organizationId ? { id: focusMatchId } : null);
  const focusRole = focus.data?.match?.id === focusMatchId ? focus.data?.match?.myRole : undefined;
  useEffect(() => {
    if (!focusRole) return;
    setDirection(focusRole === 'SENDER' ? 'SENT' : 'RECEIVED');
    setStatus('');
  }, [focusRole, organizationId]);
  if (!session) return <p>{t('session.required')}</p>;
  if (!organizationId) return <OrganizationRequired />;
  const tabs: { value: MatchDirection; label: string }[] = [
    { value: 'RECEIVED', label: t('matches.received') },
    { value: 'SENT', label: t('matches.sent') },
  ];
  return (
    <>
      <h1>{t('matches.title')}</h1>
      <div className="toolbar">
        <div role="tablist" aria-label={t('matches.title')}>
          {tabs.map((tab) => (
            <button
              key={tab.value}
              type="button"
              role="tab"
              aria-selected={direction === tab.value}
              onClick={() => {
                setDirection(tab.value);
              }}
            >
              {tab.label}
            </button>
          ))}
        </div>
        <SelectField
          label={t('matches.status')}
          value={status}
          options={MATCH_STATUSES}
          enumName="MatchStatus"
          emptyLabel={t('common.any')}
          onChange={(value) => {
            setStatus(value);
          }}
        />
      </div>
      {matches.loading && !matches.data && <Loading />}
      <ErrorNotice error={matches.error} />
      {matches.data?.matches.edges.length === 0 && <p>{t('matches.none')}</p>}
      <ul className="plain" role="tabpanel">
        {matches.data?.matches.edges.map(({ node }) => (
          <MatchItem key={node.id} match={node} onChanged={matches.reload} focused={node.id === focusMatchId} />
        ))}
      </ul>
    </>
  );
}
