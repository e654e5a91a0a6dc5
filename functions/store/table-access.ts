/**
 * The DynamoDB operations the store sends on a request path: the one list the
 * CDK stack grants the Lambda (least privilege) and watches for throttling and
 * system errors. Pure data, so infra can import it. A test (test/infra/
 * table-access.test.ts) fails when a repository starts sending a command this
 * list does not cover. Table administration (table-admin.ts) is local/test only
 * and deliberately absent: in AWS the stack owns the table.
 */

/** DynamoDB API operations the store calls; also the `Operation` dimension of DynamoDB's metrics. */
export const STORE_OPERATIONS = [
  'GetItem',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'Query',
  'BatchGetItem',
  'BatchWriteItem',
  'TransactWriteItems',
] as const;

export type StoreOperation = (typeof STORE_OPERATIONS)[number];

/**
 * IAM actions the Lambda needs on the table and its indexes: the operations, plus
 * ConditionCheckItem, which IAM checks separately for the ConditionCheck parts of
 * a TransactWriteItems call.
 */
export const STORE_IAM_ACTIONS: readonly string[] = [...STORE_OPERATIONS, 'ConditionCheckItem'].map((operation) => `dynamodb:${operation}`);
