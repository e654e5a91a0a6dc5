/**
 * Builds the DynamoDB clients the store uses. Only functions/store imports the
 * AWS SDK. In Lambda the endpoint is AWS's; locally and in tests it is
 * DynamoDB Local's (`DYNAMODB_ENDPOINT`).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoConnection {
  region: string;
  /** Set for DynamoDB Local; undefined in AWS. */
  endpoint?: string;
}

export function createDynamoClient(connection: DynamoConnection): DynamoDBClient {
  return new DynamoDBClient({
    region: connection.region,
    ...(connection.endpoint
      ? {
          endpoint: connection.endpoint,
          // DynamoDB Local accepts any credentials; fixed ones keep local runs free of AWS config.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
    // The store retries itself with bounded backoff (see retry policy); keep the SDK's own retries off
    // so attempts are counted in one place.
    maxAttempts: 1,
  });
}

export function createDocumentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
  });
}
