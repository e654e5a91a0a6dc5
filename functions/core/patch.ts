/**
 * Applying an update's patch to a profile's or a collaboration's fields: one
 * rule for both, so "absent keeps, null clears" means the same everywhere.
 */

/** `current` with `patch` applied: an undefined value keeps the field, null removes it, anything else replaces it. */
export function patchedFields(current: object, patch: object): Record<string, unknown> {
  const changes: [string, unknown][] = Object.entries(patch);
  const cleared = new Set(changes.filter(([, value]) => value === null).map(([field]) => field));
  return Object.fromEntries([
    ...Object.entries(current).filter(([field]) => !cleared.has(field)),
    ...changes.filter(([, value]) => value !== undefined && value !== null),
  ]);
}
