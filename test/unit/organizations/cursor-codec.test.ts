import { describe, expect, it } from 'vitest';
import { CursorCodec } from '../../../functions/store/cursor-codec.js';
import { BadUserInputError } from '../../../functions/core/errors.js';

const codec = new CursorCodec('test-secret');
const position = { partition: 'ORGS#ALL', key: { pk: 'ORG#a', sk: 'LIST#ALL', gsi1pk: 'ORGS#ALL', gsi1sk: 'ORG#a' } };

describe('pagination cursors', () => {
  it('round-trip a position', () => {
    expect(codec.decode(codec.encode(position), 'ORGS#ALL')).toEqual(position);
  });

  it('reject a cursor whose position was edited', () => {
    const [body, signature] = codec.encode(position).split('.');
    const edited = Buffer.from(Buffer.from(body!, 'base64url').toString().replace('ORG#a', 'ORG#z')).toString('base64url');
    expect(() => codec.decode(`${edited}.${signature}`, 'ORGS#ALL')).toThrow(BadUserInputError);
  });

  it('reject a cursor signed with another secret, garbage, and a cursor of another list', () => {
    expect(() => codec.decode(new CursorCodec('other').encode(position), 'ORGS#ALL')).toThrow(BadUserInputError);
    expect(() => codec.decode('not-a-cursor', 'ORGS#ALL')).toThrow(BadUserInputError);
    expect(() => codec.decode(codec.encode(position), 'ORGS#SEGMENT#semi.chip-design')).toThrow(BadUserInputError);
  });
});
