/**
 * The header's notification bell: a link to the notifications screen whose
 * accessible name carries the unread count. The count is read when the route
 * changes, every 30 s while the tab is visible, when the tab becomes visible
 * again, and whenever the notifications screen marks something read.
 */
import { useEffect } from 'react';
import { useQuery } from '../api/hooks.js';
import { useI18n } from '../i18n/i18n.js';
import { href, useRoute } from '../router/hash-router.js';
import { UnreadNotificationCountQuery } from '../screens/notifications/notification-operations.js';

const POLL_MS = 30_000;
/** Dispatched on window by whoever changes the read state, so the bell reads the count again. */
export const NOTIFICATIONS_CHANGED = 'chainfit:notifications-changed';

/** The bell (only rendered for signed-in people). */
export function NotificationBell() {
  const { t } = useI18n();
  const path = useRoute();
  const unread = useQuery(UnreadNotificationCountQuery, {});
  const { reload } = unread;
  const route = path.join('/');
  useEffect(() => {
    reload();
  }, [route, reload]);
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === 'visible') reload();
    };
    const timer = window.setInterval(tick, POLL_MS);
    document.addEventListener('visibilitychange', tick);
    window.addEventListener(NOTIFICATIONS_CHANGED, reload);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
      window.removeEventListener(NOTIFICATIONS_CHANGED, reload);
    };
  }, [reload]);
  const count = unread.data?.unreadNotificationCount ?? 0;
  const shown = count > 99 ? '99+' : String(count);
  return (
    <a
      className="bell"
      href={href('notifications')}
      aria-current={path[0] === 'notifications' ? 'page' : undefined}
      aria-label={count > 0 ? t('bell.unread', { count: shown }) : t('bell.none')}
      data-testid="bell"
      data-unread={count}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
        />
      </svg>
      {count > 0 && (
        <span className="badge" aria-hidden="true">
          {shown}
        </span>
      )}
    </a>
  );
}
