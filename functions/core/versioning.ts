/**
 * Optimistic concurrency: every update names the version it read, and a
 * stale version is a CONFLICT before anything is written (the store's
 * conditional write catches the race between this check and the write).
 */
import { ConflictError } from './errors.js';

export function staleVersionError(entity: { id: string; version: number }, expectedVersion: number): ConflictError {
  return new ConflictError(`${entity.id} is at version ${entity.version}, not ${expectedVersion}: read it again and retry`, {
    id: entity.id,
    expectedVersion,
    currentVersion: entity.version,
  });
}

export function assertVersion(entity: { id: string; version: number }, expectedVersion: number): void {
  if (entity.version !== expectedVersion) throw staleVersionError(entity, expectedVersion);
}
