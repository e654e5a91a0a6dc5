/**
 * Turns GraphQL input values (where an absent field may arrive as undefined or
 * null) into domain values: absent optional fields are left out, so the
 * domain never stores nulls.
 */
import type { LocalizedText } from '../../core/vocabulary.js';
import type { LocalizedTextInput } from '../generated/resolvers-types.js';

export type InputValue<T> = T | null | undefined;

/** A value, or undefined when absent. */
export const present = <T>(value: InputValue<T>): T | undefined => (value === null ? undefined : value);

/** For patches: undefined keeps the current value, null clears it. */
export const clearable = <T>(value: InputValue<T>): T | null | undefined => value;

export function localizedTextOf(input: LocalizedTextInput): LocalizedText {
  return {
    ...(present(input.en) !== undefined ? { en: input.en as string } : {}),
    ...(present(input.zh) !== undefined ? { zh: input.zh as string } : {}),
    ...(present(input.ko) !== undefined ? { ko: input.ko as string } : {}),
  };
}

/** Copies only the keys whose value is neither undefined nor null. */
export function definedOnly<T extends object>(value: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as {
    [K in keyof T]?: NonNullable<T[K]>;
  };
}
