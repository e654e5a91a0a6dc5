/**
 * Notifications: the signed-in person's own, newest first, in the UI language
 * (the API renders each text in the requested locale); open one (marks it read,
 * acts for its organization, goes to its match, event, collaborations or profile),
 * mark one or all read; and how they are mailed (preferences).
 */
import { useEffect, useRef, useState } from 'react';
import type { Locale, NotificationKind, NotificationsQuery as NotificationsResult } from '../../generated/graphql.js';
import { useMutation, useQuery } from '../../api/hooks.js';
import { NOTIFICATION_KINDS } from '../../api/vocabulary.js';
import { useMemberships } from '../../auth/memberships.js';
import { useSession } from '../../auth/session.js';
import { CheckboxGroup, SelectField, Section } from '../../components/fields.js';
import { NOTIFICATIONS_CHANGED } from '../../components/notification-bell.js';
import { PageNavigation } from '../../components/page-navigation.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { useI18n } from '../../i18n/i18n.js';
import { LOCALES } from '../../i18n/locales.js';
import {
  MarkNotificationsReadMutation,
  NotificationPreferencesQuery,
  NotificationsQuery,
  UpdateNotificationPreferencesMutation,
} from './notification-operations.js';
import { notificationTarget } from './notification-target.js';

type NotificationNode = NotificationsResult['notifications']['edges'][number]['node'];

function announceChange() {
  window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
}

function NotificationItem({ notification, onRead }: { notification: NotificationNode; onRead: () => void }) {
  const { t, label, locale } = useI18n();
  const { memberships, choose } = useMemberships();
  const mark = useMutation(MarkNotificationsReadMutation);
  const markRead = async () => {
    const done = await mark.run({ input: { ids: [notification.id] } });
    if (done) {
      announceChange();
      onRead();
    }
  };
  return (
    <li
      className={notification.read ? 'card notification' : 'card notification unread'}
      data-notification={notification.id}
      data-kind={notification.kind}
      data-read={notification.read}
    >
      <p>
        {!notification.read && <span className="tag status-PENDING">{t('notifications.unread')}</span>}{' '}
        <span className="tag">{label('NotificationKind', notification.kind)}</span>{' '}
        <time className="muted" dateTime={notification.occurredAt}>
          {new Date(notification.occurredAt).toLocaleString(locale)}
        </time>
      </p>
      <p className="notification-text">{notification.text}</p>
      <div className="actions">
        <a
          className="button"
          href={notificationTarget(notification)}
          onClick={() => {
            if (memberships.some((membership) => membership.organizationId === notification.organizationId)) {
              choose(notification.organizationId);
            }
            if (!notification.read) void markRead();
          }}
        >
          {t('notifications.open')}
        </a>
        {!notification.read && (
          <button type="button" className="secondary" disabled={mark.pending} onClick={() => void markRead()}>
            {t('notifications.markRead')}
          </button>
        )}
      </div>
      <ErrorNotice error={mark.error} />
    </li>
  );
}

function NotificationList() {
  const { t, locale } = useI18n();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [after, setAfter] = useState<string | undefined>(undefined);
  const list = useQuery(NotificationsQuery, { locale, ...(unreadOnly ? { unreadOnly } : {}), ...(after ? { after } : {}) });
  const markAll = useMutation(MarkNotificationsReadMutation);
  const edges = list.data?.notifications.edges ?? [];
  const page = list.data?.notifications.pageInfo;
  return (
    <>
      <div className="toolbar">
        <label>
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(event) => {
              setAfter(undefined);
              setUnreadOnly(event.target.checked);
            }}
          />{' '}
          {t('notifications.unreadOnly')}
        </label>
        <button
          type="button"
          disabled={markAll.pending || !edges.some(({ node }) => !node.read)}
          onClick={() => {
            void markAll.run({ input: { all: true } }).then((done) => {
              if (!done) return;
              announceChange();
              list.reload();
            });
          }}
        >
          {t('notifications.markAllRead')}
        </button>
      </div>
      <ErrorNotice error={markAll.error} />
      {list.loading && !list.data && <Loading />}
      <ErrorNotice error={list.error} />
      {list.data && edges.length === 0 && <p>{t('notifications.none')}</p>}
      <ul className="plain" aria-label={t('notifications.title')}>
        {edges.map(({ node }) => (
          <NotificationItem key={node.id} notification={node} onRead={list.reload} />
        ))}
      </ul>
      <PageNavigation after={after} pageInfo={page} onPage={setAfter} firstLabel={t('notifications.newest')} />
    </>
  );
}

function Preferences() {
  const { t, label } = useI18n();
  const loaded = useQuery(NotificationPreferencesQuery, {});
  const update = useMutation(UpdateNotificationPreferencesMutation);
  const [email, setEmail] = useState(true);
  const [language, setLanguage] = useState<Locale | ''>('');
  const [muted, setMuted] = useState<NotificationKind[]>([]);
  const preferences = loaded.data?.notificationPreferences;
  useEffect(() => {
    if (!preferences) return;
    setEmail(preferences.email);
    setLanguage(preferences.language ?? '');
    setMuted(preferences.mutedKinds);
  }, [preferences]);
  if (loaded.loading && !loaded.data) return <Loading />;
  return (
    <form
      className="card"
      data-testid="notification-preferences"
      onSubmit={(event) => {
        event.preventDefault();
        void update.run({ input: { email, language: language === '' ? null : language, mutedKinds: muted } });
      }}
    >
      <ErrorNotice error={loaded.error} />
      <label>
        <input
          type="checkbox"
          checked={email}
          onChange={(event) => {
            setEmail(event.target.checked);
          }}
        />{' '}
        {t('notifications.email')}
      </label>
      <SelectField
        label={t('notifications.language')}
        value={language}
        options={LOCALES}
        optionLabel={(value) => label('Locale', value)}
        emptyLabel={t('notifications.languageDefault')}
        onChange={(value) => {
          setLanguage(value);
        }}
      />
      <CheckboxGroup
        legend={t('notifications.muted')}
        options={NOTIFICATION_KINDS}
        selected={muted}
        onChange={setMuted}
        enumName="NotificationKind"
      />
      <button type="submit" disabled={update.pending}>
        {t('common.save')}
      </button>
      <ErrorNotice error={update.error} />
      {update.data && !update.error && !update.pending && <p role="status">{t('common.saved')}</p>}
    </form>
  );
}

/** The notifications screen (`#/notifications`). */
export function NotificationsScreen() {
  const { t } = useI18n();
  const { session } = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  // Arriving from the bell, focus goes to the screen's heading so keyboard and screen-reader users start here.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  if (!session) return <p>{t('session.required')}</p>;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('notifications.title')}
      </h1>
      <NotificationList />
      <Section title={t('notifications.preferences')}>
        <p className="muted">{t('notifications.preferencesHint')}</p>
        <Preferences />
      </Section>
    </>
  );
}
