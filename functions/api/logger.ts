/**
 * The one structured logger of the API (Powertools: one JSON object per line,
 * which Lambda ships to CloudWatch Logs). Errors and the audit trail both go
 * through it. Level: POWERTOOLS_LOG_LEVEL (default INFO; the audit trail is
 * INFO, so production must not raise the level above INFO).
 */
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({ serviceName: 'chainfit' });
