/**
 * Builds the DynamoDB clients the store uses. Only functions/store imports the
 * AWS SDK. In Lambda the endpoint is AWS's; locally and in tests it is
 * DynamoDB Local's (`DYNAMODB_ENDPOINT`).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** An access key pair, as DynamoDB Local reads it (it checks no signature: the access key id alone picks the database). */
export interface DynamoCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * For disposable DynamoDB Local instances only (tests, benchmarks, walkthroughs, all in memory and
 * started with `-sharedDb`, so any key reads the one database). `npm start` uses the install's own
 * random key instead (scripts/local-dynamodb-credentials.ts, docs/security.md finding 6).
 */
export const DISPOSABLE_LOCAL_CREDENTIALS: DynamoCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

export interface DynamoConnection {
  region: string;
  /** Set for DynamoDB Local; undefined in AWS. */
  endpoint?: string;
  /**
   * DynamoDB Local only (ignored without `endpoint`; in AWS the SDK's default chain applies).
   * Without `-sharedDb` DynamoDB Local keeps one database per access key id and region, so this
   * chooses which database the client sees. Defaults to DISPOSABLE_LOCAL_CREDENTIALS.
   */
  credentials?: DynamoCredentials;
}

export function createDynamoClient(connection: DynamoConnection): DynamoDBClient {
  return new DynamoDBClient({
    region: connection.region,
    ...(connection.endpoint
      ? {
          endpoint: connection.endpoint,
          // Explicit credentials keep local runs free of AWS config and choose DynamoDB Local's database.
          credentials: connection.credentials ?? DISPOSABLE_LOCAL_CREDENTIALS,
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
