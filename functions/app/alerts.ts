/**
 * Saved alerts, as members manage them: save one (validated beyond the
 * schema's types, at most MAX_ALERTS_PER_ORGANIZATION per organization),
 * list an organization's, delete one. Each change is one conditional write of
 * the organization's alerts item, so it is all or nothing. The resolver has
 * checked that the caller is a member of the organization.
 */
import { randomUUID } from 'node:crypto';
import { alertDraftProblems, type Alert, type AlertDraft } from '../core/alerts/alert.js';
import { NotFoundError } from '../core/errors.js';
import { throwIfAny } from '../core/validation/field-problems.js';
import type { AppRequest } from './app-request.js';
import { readerOf } from './notifications.js';
import { searchableProfile } from './partner-search.js';

/** Saves a new alert for the organization. */
export async function createAlert(request: AppRequest, draft: AlertDraft): Promise<Alert> {
  const current = await request.store.alerts.ofOrganization(draft.organizationId);
  throwIfAny(alertDraftProblems(draft, current.alerts.length));
  // Alerts stand for partner searches of the organization: it must be searchable (exists, not suspended).
  await searchableProfile(request, draft.organizationId);
  const alert: Alert = {
    ...draft,
    // Four decimals are plenty for a score, and keep the stored number in DynamoDB's range.
    minScore: Math.round(draft.minScore * 10_000) / 10_000,
    id: `alert-${randomUUID()}`,
    createdBy: readerOf(request.principal) ?? 'unknown',
    createdAt: request.now.toISOString(),
  };
  await request.store.alerts.replace(current, [...current.alerts, alert]);
  return alert;
}

/** The organization's alerts, oldest first. */
export async function alertsOf(request: AppRequest, organizationId: string): Promise<Alert[]> {
  return (await request.store.alerts.ofOrganization(organizationId)).alerts;
}

/** Deletes one of the organization's alerts; an unknown id is NOT_FOUND. */
export async function deleteAlert(request: AppRequest, organizationId: string, alertId: string): Promise<Alert> {
  const current = await request.store.alerts.ofOrganization(organizationId);
  const alert = current.alerts.find((candidate) => candidate.id === alertId);
  if (!alert) throw new NotFoundError('Alert', alertId);
  await request.store.alerts.replace(
    current,
    current.alerts.filter((candidate) => candidate !== alert),
  );
  return alert;
}
