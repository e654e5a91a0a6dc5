/**
 * Lambda entry of the stream worker: the table's DynamoDB stream → notifications.
 * The event source mapping (infra/constructs/notification-worker.ts) reports
 * batch item failures, bisects failing batches, retries a bounded number of
 * times and sends what still fails to an SQS dead-letter queue.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { loadRuntimeConfig } from '../config.js';
import { createStore } from '../store/store.js';
import { createStreamHandler } from './stream-handler.js';

const logger = new Logger({ serviceName: 'chainfit-worker' });
const config = loadRuntimeConfig();
const store = createStore({
  tableName: config.tableName,
  connection: { region: config.region, ...(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {}) },
  cursorSecret: config.cursorSecret,
});

export const handler = createStreamHandler({
  store,
  onError: (record, error) => {
    logger.error('Stream record failed', { eventID: record.eventID, sequenceNumber: record.dynamodb?.SequenceNumber, error });
  },
});
