/**
 * Loads the Lambda entry (functions/graphql/handler.ts) the way Lambda does:
 * configuration from the environment, read once at module load, here pointed
 * at a DynamoDB Local test table. Returns an invoker for HTTP API v2 events.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Handler } from 'aws-lambda';
import { lambdaContext } from './api-gateway-event.js';
import type { TestTable } from './test-table.js';

export type InvokeLambda = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export async function loadLambdaHandler(table: TestTable): Promise<InvokeLambda> {
  process.env.TABLE_NAME = table.tableName;
  process.env.DYNAMODB_ENDPOINT = table.endpoint;
  process.env.AWS_REGION = 'local';
  const { handler } = (await import('../../functions/graphql/handler.js')) as unknown as { handler: Handler };
  return async (event) => (await handler(event, lambdaContext(), () => undefined)) as APIGatewayProxyStructuredResultV2;
}
