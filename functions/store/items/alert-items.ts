/**
 * Saved alert items: an organization's alerts in one item (`ORG#<orgId>` /
 * `ALERTS`, versioned), so the worker reads every alert of a candidate with
 * one key, and the ALERT_SENT marker (`ALERT#<alertId>` / `SENT#<orgId>`) that
 * makes an alert announce an organization once.
 */
import { ALERT_FREQUENCIES, ALERT_KINDS, type Alert } from '../../core/alerts/alert.js';
import { COUNTRIES, ORGANIZATION_TYPES } from '../../core/vocabulary.js';
import { list, num, oneOf, shape, str } from './item-parser.js';
import { declareItemType } from './item-type.js';
import { alertSentKey, organizationAlertsKey, type Item } from './keys.js';

/** An organization's alerts and the version its writes condition on. */
export interface OrganizationAlerts {
  organizationId: string;
  alerts: Alert[];
  version: number;
}

/** The marker of one announcement: which stream event made it (a redelivery of that event may finish it). */
export interface AlertSent {
  alertId: string;
  /** The organization (PARTNER) or collaboration (POSTING) announced. */
  announcedId: string;
  eventId: string;
  sentAt: string;
}

const alertShape = shape<Alert>({
  id: str,
  organizationId: str,
  minScore: num,
  countries: list(oneOf(COUNTRIES)),
  types: list(oneOf(ORGANIZATION_TYPES)),
  kinds: list(oneOf(ALERT_KINDS)),
  frequency: oneOf(ALERT_FREQUENCIES),
  createdBy: str,
  createdAt: str,
});

export const ORGANIZATION_ALERTS_ITEM = declareItemType(
  'ORGANIZATION_ALERTS',
  shape<OrganizationAlerts>({ organizationId: str, alerts: list(alertShape), version: num }),
);

export const ALERT_SENT_ITEM = declareItemType(
  'ALERT_SENT',
  shape<AlertSent>({ alertId: str, announcedId: str, eventId: str, sentAt: str }),
);

export function organizationAlertsItem(value: OrganizationAlerts): Item {
  return { ...organizationAlertsKey(value.organizationId), entity: ORGANIZATION_ALERTS_ITEM.entity, ...value };
}

export function alertSentItem(marker: AlertSent): Item {
  return { ...alertSentKey(marker.alertId, marker.announcedId), entity: ALERT_SENT_ITEM.entity, ...marker };
}
