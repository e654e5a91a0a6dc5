import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { TABLE_DEFINITION } from '../../functions/store/table-definition.js';
import { synthesize } from './synth.js';

const TABLE = 'AWS::DynamoDB::GlobalTable';

function keySchema(partitionKey: string, sortKey: string): unknown[] {
  return [
    { AttributeName: partitionKey, KeyType: 'HASH' },
    { AttributeName: sortKey, KeyType: 'RANGE' },
  ];
}

describe('the DynamoDB table', () => {
  let dev: Template;
  let prod: Template;

  beforeAll(() => {
    dev = synthesize('dev', { bundle: false }).template;
    prod = synthesize('prod', { bundle: false }).template;
  });

  it('is one on-demand table (TableV2) with the key schema of the shared table definition', () => {
    dev.resourceCountIs(TABLE, 1);
    dev.hasResourceProperties(TABLE, {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: keySchema(TABLE_DEFINITION.partitionKey.name, TABLE_DEFINITION.sortKey.name),
    });
  });

  it('has exactly the GSIs of the shared definition, projecting all attributes', () => {
    const indexes = TABLE_DEFINITION.globalSecondaryIndexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: keySchema(index.partitionKey.name, index.sortKey.name),
      Projection: { ProjectionType: 'ALL' },
    }));
    dev.hasResourceProperties(TABLE, { GlobalSecondaryIndexes: indexes });
  });

  it('declares every key attribute with the type the definition gives it', () => {
    const keys = [
      TABLE_DEFINITION.partitionKey,
      TABLE_DEFINITION.sortKey,
      ...TABLE_DEFINITION.globalSecondaryIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
    ];
    dev.hasResourceProperties(TABLE, {
      AttributeDefinitions: Match.arrayEquals(keys.map((key) => ({ AttributeName: key.name, AttributeType: key.type }))),
    });
  });

  it("expires items by the definition's TTL attribute", () => {
    dev.hasResourceProperties(TABLE, { TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.timeToLiveAttribute, Enabled: true } });
  });

  it('keeps point-in-time recovery on in every stage', () => {
    for (const template of [dev, prod]) {
      template.hasResourceProperties(TABLE, {
        Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
      });
    }
  });

  it('encrypts with the AWS-owned key (SSE without a KMS key of ours)', () => {
    dev.hasResourceProperties(TABLE, { SSESpecification: { SSEEnabled: false } });
    const [table] = Object.values(dev.findResources(TABLE)) as { Properties: Record<string, unknown> }[];
    expect(JSON.stringify(table?.Properties)).not.toContain('KMSMasterKeyId');
  });

  it('streams new and old images for the notification worker, as the shared definition says', () => {
    dev.hasResourceProperties(TABLE, { StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' } });
  });

  it('is retained and deletion-protected in prod', () => {
    prod.hasResource(TABLE, {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({ Replicas: [Match.objectLike({ DeletionProtectionEnabled: true })] }),
    });
  });

  it('is destroyed with the stack and unprotected in dev', () => {
    dev.hasResource(TABLE, {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({ Replicas: [Match.objectLike({ DeletionProtectionEnabled: false })] }),
    });
  });
});
