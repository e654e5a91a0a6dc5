/**
 * The API's audit sink: the audit trail (functions/app/audit-trail.ts) as one
 * INFO line per mutation through the API's logger, which Lambda ships to
 * CloudWatch Logs.
 */
import type { AuditSink } from '../app/audit-trail.js';
import { logger } from './logger.js';

/** The production sink: one INFO line `{"message":"audit","audit":{…}}` through the API's logger. */
export const logAuditEvent: AuditSink = (event) => {
  logger.info('audit', { audit: event });
};
