/**
 * Reading and marking in-app notifications: each signed-in person reads and
 * marks their own inbox, which holds a copy of every notification of each
 * organization they were a member of when it was made (docs/notifications.md).
 */
import type { Principal } from '../core/access/principal.js';
import { BadUserInputError } from '../core/errors.js';
import { MAX_MARK_READ_IDS } from '../core/notifications/notification.js';
import { pageSizeOf } from '../core/pagination.js';
import { duplicateProblems, throwIfAny, tooManyProblems } from '../core/validation/field-problems.js';
import type { NotificationPage } from '../store/notification-repository.js';
import { isNotificationId } from '../store/items/notification-items.js';
import type { AppRequest } from './app-request.js';

export interface NotificationListQuery {
  first?: number;
  after?: string;
  unreadOnly?: boolean;
}

/** Which notifications to mark read: the named ones, or (all: true) every unread one; exactly one of the two. */
export interface MarkReadRequest {
  ids?: readonly string[];
  all?: boolean;
}

export interface MarkReadResult {
  marked: number;
  unreadCount: number;
}

const EMPTY_PAGE: NotificationPage = { edges: [], hasNextPage: false, endCursor: null };

/** Whose inbox a caller reads: a signed-in person's or an administrator's own; nobody's for partner apps and anonymous callers. */
export function readerOf(principal: Principal): string | undefined {
  return principal.role === 'MEMBER' || principal.role === 'ADMIN' ? principal.subject : undefined;
}

/** One page of the caller's notifications, newest first. */
export function listNotifications(request: AppRequest, query: NotificationListQuery): Promise<NotificationPage> {
  const subject = readerOf(request.principal);
  const first = pageSizeOf(query.first);
  if (!subject) return Promise.resolve(EMPTY_PAGE);
  return request.store.notifications.list({ subject, unreadOnly: query.unreadOnly ?? false, first, after: query.after ?? null });
}

/** How many of the caller's notifications are unread. */
export async function unreadNotificationCount(request: AppRequest): Promise<number> {
  const subject = readerOf(request.principal);
  return subject ? request.store.notifications.countUnread(subject) : 0;
}

/** Checks a mark-read request beyond its GraphQL types: exactly one of ids and all, ids well formed and distinct. */
export function checkMarkReadRequest(input: MarkReadRequest): void {
  const { ids } = input;
  if ((ids === undefined) === (input.all !== true)) throw new BadUserInputError('give either ids or all: true', 'input');
  if (!ids) return;
  if (ids.length === 0) throw new BadUserInputError('must name at least one notification', 'input.ids');
  throwIfAny([
    ...tooManyProblems(ids, MAX_MARK_READ_IDS, 'input.ids'),
    ...duplicateProblems(ids, 'input.ids'),
    ...ids.flatMap((id, i) => (isNotificationId(id) ? [] : [{ path: `input.ids[${i}]`, message: 'is not a notification id' }])),
  ]);
}

/** Marks the caller's named (or all unread) notifications read; the named ones all or none. */
export async function markNotificationsRead(request: AppRequest, input: MarkReadRequest): Promise<MarkReadResult> {
  checkMarkReadRequest(input);
  const subject = readerOf(request.principal);
  if (!subject) throw new BadUserInputError('only a signed-in person has notifications to mark', 'input');
  const { notifications } = request.store;
  const marked = input.ids
    ? await notifications.markRead(subject, input.ids, request.now)
    : await notifications.markAllRead(subject, request.now);
  return { marked, unreadCount: await notifications.countUnread(subject) };
}
