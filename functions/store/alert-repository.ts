/**
 * Saved alerts in DynamoDB: an organization's alerts are one versioned item,
 * so adding one (within the per-organization limit) or deleting one is a
 * single conditional write, and the worker reads the alerts of many
 * candidates by key (BatchGetItem, 100 keys a call). The ALERT_SENT marker is
 * a conditional put, so an alert announces an organization once. Never a Scan.
 */
import { GetCommand, PutCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { Alert } from '../core/alerts/alert.js';
import { ConflictError } from '../core/errors.js';
import { batchGetItems } from './batch-get.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import {
  alertSentItem,
  ORGANIZATION_ALERTS_ITEM,
  organizationAlertsItem,
  type AlertSent,
  type OrganizationAlerts,
} from './items/alert-items.js';
import { keyString, organizationAlertsKey } from './items/keys.js';
import { conditionHeld, conditionParams, NOT_EXISTS, versionIs } from './write-conditions.js';

export class AlertRepository {
  constructor(private readonly gateway: DynamoGateway) {}

  /** An organization's alerts and their version (0 and none when it never saved one). Strongly consistent: writes follow. */
  async ofOrganization(organizationId: string): Promise<OrganizationAlerts> {
    const output = await this.gateway.send<GetCommandOutput>(
      new GetCommand({ TableName: this.gateway.tableName, Key: organizationAlertsKey(organizationId), ConsistentRead: true }),
    );
    return output.Item ? ORGANIZATION_ALERTS_ITEM.parse(output.Item) : { organizationId, alerts: [], version: 0 };
  }

  /**
   * Replaces an organization's alerts if they are still at `before.version`
   * (a concurrent change is a ConflictError: nothing written).
   */
  async replace(before: OrganizationAlerts, alerts: Alert[]): Promise<void> {
    const next: OrganizationAlerts = { organizationId: before.organizationId, alerts, version: before.version + 1 };
    const condition = before.version === 0 ? NOT_EXISTS : versionIs(before.version);
    const held = await conditionHeld(
      this.gateway.send(
        new PutCommand({ TableName: this.gateway.tableName, Item: organizationAlertsItem(next), ...conditionParams(condition) }),
      ),
    );
    if (!held) throw new ConflictError(`The alerts of organization ${before.organizationId} changed meanwhile; read them again`);
  }

  /** The alerts of each organization that has any, by organization id: ⌈n / 100⌉ BatchGetItem calls (one GetItem for one). */
  async ofOrganizations(organizationIds: readonly string[]): Promise<Map<string, Alert[]>> {
    const found = await batchGetItems(this.gateway, organizationIds.map(organizationAlertsKey));
    const byOrganization = new Map<string, Alert[]>();
    for (const id of organizationIds) {
      const item = found.get(keyString(organizationAlertsKey(id)));
      if (item) byOrganization.set(id, ORGANIZATION_ALERTS_ITEM.parse(item).alerts);
    }
    return byOrganization;
  }

  /**
   * Claims the announcement of `marker.announcedId` by `marker.alertId`:
   * true when this event may announce it (no marker yet, or the marker is this
   * same event's, so a redelivery finishes what a failed attempt began), false
   * when another event announced it already.
   */
  claimAnnouncement(marker: AlertSent): Promise<boolean> {
    return conditionHeld(
      this.gateway.send(
        new PutCommand({
          TableName: this.gateway.tableName,
          Item: alertSentItem(marker),
          ConditionExpression: `${NOT_EXISTS.expression} OR #eventId = :eventId`,
          ExpressionAttributeNames: { '#eventId': 'eventId' },
          ExpressionAttributeValues: { ':eventId': marker.eventId },
        }),
      ),
    );
  }
}
