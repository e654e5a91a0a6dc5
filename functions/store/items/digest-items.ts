/**
 * Digest items: a person's entry in a period's digest queue
 * (`DIGEST#<frequency>#<period>` / `INBOX#<subject>`, the ids of the
 * notifications left for that digest, added to a set so a redelivery adds
 * nothing), and the marker that the digest was sent
 * (`INBOX#<subject>` / `DIGEST#<frequency>#<period>`).
 */
import { DIGEST_FREQUENCIES, type DigestFrequency } from '../../core/notifications/digest.js';
import { list, oneOf, shape, str } from './item-parser.js';
import { declareItemType } from './item-type.js';
import { digestSentKey, type Item } from './keys.js';

export interface DigestQueueEntry {
  subject: string;
  frequency: DigestFrequency;
  period: string;
  notificationIds: string[];
}

export interface DigestSent {
  subject: string;
  frequency: DigestFrequency;
  period: string;
  sentAt: string;
}

/** Read back with the id set as a list (the document client gives a Set). */
export const DIGEST_QUEUE_ITEM = declareItemType(
  'DIGEST_QUEUE_ENTRY',
  shape<DigestQueueEntry>({ subject: str, frequency: oneOf(DIGEST_FREQUENCIES), period: str, notificationIds: list(str) }),
);

export const DIGEST_SENT_ITEM = declareItemType(
  'DIGEST_SENT',
  shape<DigestSent>({ subject: str, frequency: oneOf(DIGEST_FREQUENCIES), period: str, sentAt: str }),
);

export function digestSentItem(marker: DigestSent): Item {
  return { ...digestSentKey(marker.subject, marker.frequency, marker.period), entity: DIGEST_SENT_ITEM.entity, ...marker };
}
