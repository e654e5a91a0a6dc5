/**
 * The health check: proves the API can reach its table, and names the data
 * set loaded into it.
 */
import type { AppRequest } from './app-request.js';

/** What the health check found. */
export interface HealthReport {
  status: 'OK';
  /** Time the table took to answer one strongly consistent read. */
  databaseLatencyMs: number;
  /** The loaded data set's name and version; undefined when none is loaded. */
  dataset: string | undefined;
  datasetVersion: string | undefined;
  /** The request's time, ISO-8601. */
  checkedAt: string;
}

/** Reads the data-set marker; a table that does not answer fails the request with the store's error. */
export async function checkHealth(request: AppRequest): Promise<HealthReport> {
  // A duration, not a reading of the request's clock: the one clock says when, this says how long.
  const started = Date.now();
  const marker = await request.store.system.datasetMarker();
  return {
    status: 'OK',
    databaseLatencyMs: Date.now() - started,
    dataset: marker?.dataset,
    datasetVersion: marker?.version,
    checkedAt: request.now.toISOString(),
  };
}
