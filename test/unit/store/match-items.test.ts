import { describe, expect, it } from 'vitest';
import { matchFromItem, matchItem, mutualPairKey } from '../../../functions/store/items/match-items.js';
import {
  createMatchParams,
  queryAllMatchesParams,
  queryMatchIndexParams,
  replaceMatchParams,
} from '../../../functions/store/match-requests.js';
import { aMatchRecord } from '../../support/match-factory.js';

describe('match items', () => {
  const record = aMatchRecord({ fromOrganizationId: 'org-z', toOrganizationId: 'org-a', collaborationId: 'col-1' });

  it('live in the pair’s partition, whichever side sent, one sort key per collaboration', () => {
    expect(matchItem(record)).toMatchObject({ pk: 'MATCH#org-a#org-z', sk: 'COLLABORATION#col-1' });
    expect(matchItem(aMatchRecord({ fromOrganizationId: 'org-a', toOrganizationId: 'org-z' }))).toMatchObject({ sk: 'COLLABORATION#NONE' });
  });

  it('are listed under the sender in gsi2 and the receiver in gsi3, by creation time', () => {
    expect(matchItem(record)).toMatchObject({
      gsi2pk: 'ORGMATCH#org-z',
      gsi3pk: 'ORGMATCH#org-a',
      gsi2sk: `${record.createdAt}#${record.id}`,
      gsi3sk: `${record.createdAt}#${record.id}`,
    });
  });

  it('are listed among all the zone’s matches in gsi1, by creation time, whatever their status', () => {
    for (const status of ['PENDING', 'MUTUAL'] as const) {
      expect(matchItem({ ...record, status })).toMatchObject({ gsi1pk: 'MATCHES#ALL', gsi1sk: `${record.createdAt}#${record.id}` });
      expect(replaceMatchParams('t', { ...record, status }, 1, 'write-1').Item).toMatchObject({ gsi1pk: 'MATCHES#ALL' });
    }
  });

  it('read back as the record they were made from', () => {
    expect(matchFromItem(matchItem(record))).toEqual(record);
  });

  it('share one MUTUAL marker per pair', () => {
    expect(mutualPairKey('org-z', 'org-a')).toEqual({ pk: 'MATCH#org-a#org-z', sk: 'MUTUAL' });
  });

  it('are created only where none exists and replaced only at the version read', () => {
    expect(createMatchParams('t', record, 'write-1').ConditionExpression).toBe('attribute_not_exists(pk)');
    expect(replaceMatchParams('t', { ...record, version: 3 }, 2, 'write-2')).toMatchObject({
      ConditionExpression: '#version = :expectedVersion',
      ExpressionAttributeValues: { ':expectedVersion': 2 },
    });
  });
});

describe('the index query of an organization’s matches', () => {
  it('reads the received index newest first, from before a position, filtering by status', () => {
    const params = queryMatchIndexParams('t', {
      organizationId: 'org-a',
      direction: 'RECEIVED',
      status: 'DECLINED',
      before: '2026#m',
      limit: 10,
    });
    expect(params).toMatchObject({
      IndexName: 'gsi3',
      KeyConditionExpression: '#pk = :pk AND #sk < :before',
      FilterExpression: '#status = :status',
      ScanIndexForward: false,
      ExpressionAttributeValues: { ':pk': 'ORGMATCH#org-a', ':before': '2026#m', ':status': 'DECLINED' },
    });
  });

  it('names only the attributes it uses when there is no position or status', () => {
    const params = queryMatchIndexParams('t', { organizationId: 'org-a', direction: 'SENT', limit: 5 });
    expect(params).toMatchObject({ IndexName: 'gsi2', KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': 'gsi2pk' } });
    expect(params).not.toHaveProperty('FilterExpression');
  });
});

describe('the query of every match of the zone (calibration)', () => {
  it('reads the MATCHES#ALL partition of gsi1 with whole items', () => {
    const params = queryAllMatchesParams('t');
    expect(params).toMatchObject({ TableName: 't', IndexName: 'gsi1', KeyConditionExpression: '#pk = :partition' });
    expect(params.ExpressionAttributeNames).toEqual({ '#pk': 'gsi1pk' });
    expect(params.ExpressionAttributeValues).toEqual({ ':partition': 'MATCHES#ALL' });
    expect(params.ProjectionExpression).toBeUndefined();
  });
});
