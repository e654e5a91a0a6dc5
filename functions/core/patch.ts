/**
 * Applying an update's patch to a profile's or a collaboration's fields: one
 * rule for both, so "absent keeps, null clears" means the same everywhere,
 * and the same rule again one level down: a nested value (a localized name,
 * preferences, a technology profile, contact details) merges field by field,
 * so an update never loses a field it did not name.
 */
import type { LocalizedText, Locale } from './vocabulary.js';

/** A patch of an object: an undefined (or absent) field keeps, null clears, anything else replaces. */
export type FieldPatch<T> = { [K in keyof T]?: T[K] | null | undefined };

/** A change to a localized text: each language kept, replaced or (null) removed. */
export type LocalizedTextPatch = { [L in Locale]?: string | null | undefined };

/** `current` with `patch` applied: an undefined value keeps the field, null removes it, anything else replaces it. */
export function patchedFields(current: object, patch: object): Record<string, unknown> {
  const changes: [string, unknown][] = Object.entries(patch);
  const cleared = new Set(changes.filter(([, value]) => value === null).map(([field]) => field));
  return Object.fromEntries([
    ...Object.entries(current).filter(([field]) => !cleared.has(field)),
    ...changes.filter(([, value]) => value !== undefined && value !== null),
  ]);
}

/** `current` with `patch` merged in, field by field (same type: the caller's validation judges what results). */
export function mergedFields<T extends object>(current: T, patch: FieldPatch<T>): T {
  return patchedFields(current, patch) as T;
}

/** A localized text with some languages changed; the others keep their text. */
export function mergedText(current: LocalizedText, patch: LocalizedTextPatch): LocalizedText {
  return patchedFields(current, patch);
}
