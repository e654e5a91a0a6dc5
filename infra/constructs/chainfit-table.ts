/**
 * chainfit's single DynamoDB table, built from the shared definition
 * (functions/store/table-definition.ts) that local and test tables also use, so
 * key names, indexes and TTL cannot drift between DynamoDB Local and AWS.
 */
import type { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  Billing,
  ProjectionType,
  StreamViewType,
  TableEncryptionV2,
  TableV2,
  type Attribute,
} from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_DEFINITION, type KeyAttribute } from '../../functions/store/table-definition.js';

export interface ChainfitTableProps {
  removalPolicy: RemovalPolicy;
  deletionProtection: boolean;
}

function attribute(key: KeyAttribute): Attribute {
  return { name: key.name, type: key.type === 'S' ? AttributeType.STRING : AttributeType.NUMBER };
}

export class ChainfitTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props: ChainfitTableProps) {
    super(scope, id);
    this.table = new TableV2(this, 'Table', {
      partitionKey: attribute(TABLE_DEFINITION.partitionKey),
      sortKey: attribute(TABLE_DEFINITION.sortKey),
      globalSecondaryIndexes: TABLE_DEFINITION.globalSecondaryIndexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
        projectionType: ProjectionType.ALL,
      })),
      timeToLiveAttribute: TABLE_DEFINITION.timeToLiveAttribute,
      // On demand: nothing provisioned, so an idle zone pays only for storage.
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // AWS-owned key: always-on encryption at rest at no cost and without KMS calls on the request path;
      // nothing here needs a key whose use shows in CloudTrail or can be revoked.
      encryption: TableEncryptionV2.dynamoOwnedKey(),
      deletionProtection: props.deletionProtection,
      removalPolicy: props.removalPolicy,
      // Both images: the notification worker derives domain events from what changed (infra/constructs/notification-worker.ts).
      dynamoStream: StreamViewType[TABLE_DEFINITION.streamViewType],
    });
  }
}
