/**
 * Opaque, tamper-evident pagination cursors: the position (the DynamoDB key of
 * the last item of a page, and the listing partition it belongs to) encoded as
 * base64url JSON, followed by an HMAC-SHA256 of that text under the cursor
 * secret. A forged, garbled or foreign cursor is BAD_USER_INPUT, so a client
 * can never steer a Query to keys of its choosing.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { BadUserInputError } from '../core/errors.js';

/** A listing position: the index partition and the key to continue after. */
export interface CursorPosition {
  partition: string;
  key: Record<string, string>;
}

const VERSION = 1;

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}

export class CursorCodec {
  constructor(private readonly secret: string) {
    if (secret.length === 0) throw new Error('The cursor secret must not be empty');
  }

  encode(position: CursorPosition): string {
    const body = Buffer.from(JSON.stringify({ v: VERSION, p: position.partition, k: position.key })).toString('base64url');
    return `${body}.${this.sign(body)}`;
  }

  /**
   * Decodes a cursor issued for `partition`.
   * @param path the argument path named in the error, e.g. `after`
   */
  decode(cursor: string, partition: string, path = 'after'): CursorPosition {
    const invalid = () => new BadUserInputError('is not a valid cursor for this list', path);
    const [body, signature, ...rest] = cursor.split('.');
    if (!body || !signature || rest.length > 0) throw invalid();
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      throw invalid();
    }
    const { v, p, k } = (decoded ?? {}) as { v?: unknown; p?: unknown; k?: unknown };
    if (v !== VERSION || p !== partition || !isStringRecord(k)) throw invalid();
    return { partition: p, key: k };
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}
