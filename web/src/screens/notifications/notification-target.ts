/** Where opening a notification leads (the notifications screen's links). */
import type { NotificationsQuery as NotificationsResult } from '../../generated/graphql.js';
import { href } from '../../router/hash-router.js';

type NotificationNode = NotificationsResult['notifications']['edges'][number]['node'];

/** Where a notification leads: its match, else its event's page (meetings), else its collaboration's screen, else the organization's profile. */
export function notificationTarget(notification: Pick<NotificationNode, 'matchId' | 'eventId' | 'collaborationId'>): string {
  if (notification.matchId) return href('matches', notification.matchId);
  if (notification.eventId) return href('events', notification.eventId);
  if (notification.collaborationId) return href('collaborations');
  return href('organization');
}
