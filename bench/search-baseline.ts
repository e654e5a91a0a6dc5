/**
 * The naive baseline partner search, for the benchmark only (never on a
 * request path): Scan every organization profile of the table, score each
 * with the same fit model, rank. Its cost grows with the table.
 */
import { ScanCommand, type ScanCommandOutput } from '@aws-sdk/lib-dynamodb';
import { zoneIndustryChainModel } from '../functions/core/industry-chain/zone-model.js';
import { NO_FILTERS } from '../functions/core/fit/hard-filters.js';
import { rankPartners } from '../functions/core/fit/partner-ranking.js';
import type { Fit } from '../functions/core/fit/fit-score.js';
import { matchProfileOf, type MatchProfile } from '../functions/core/match-profile.js';
import { organizationFromItem, ORGANIZATION_ITEM } from '../functions/store/items/organization-items.js';
import type { Store } from '../functions/store/store.js';

async function scanProfiles(store: Store): Promise<MatchProfile[]> {
  const profiles: MatchProfile[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page: ScanCommandOutput = await store.gateway.send<ScanCommandOutput>(
      new ScanCommand({
        TableName: store.gateway.tableName,
        FilterExpression: 'entity = :entity',
        ExpressionAttributeValues: { ':entity': ORGANIZATION_ITEM.entity },
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    for (const item of page.Items ?? []) profiles.push(matchProfileOf(organizationFromItem(item)));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return profiles;
}

/** Scans, scores and ranks every organization for the seeker. */
export async function scanBaselineSearch(store: Store, seekerId: string, first: number): Promise<Fit[]> {
  const profiles = await scanProfiles(store);
  const seeker = profiles.find((p) => p.id === seekerId);
  if (!seeker) throw new Error(`Seeker ${seekerId} not in the table`);
  return rankPartners(zoneIndustryChainModel.chainGraph, { seeker, modes: [], crossBorderPreferred: true }, profiles, {
    filters: NO_FILTERS,
    minScore: 0,
    first,
  });
}
