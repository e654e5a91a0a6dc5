/**
 * Parse-on-read for items: small typed field checkers (`str`, `num`,
 * `oneOf(COUNTRIES)`, `list(...)`, `shape<Organization>({...})`) from which
 * each item type builds the parser of its domain value. `shape<T>` demands a
 * checker for every property of T (optional ones included), so a field added
 * to a domain type cannot be silently dropped on read. A malformed item is a
 * MalformedItemError naming the item's key, its entity and the attribute:
 * an internal error (a bug or a foreign write), never the client's fault.
 */

/** Checks one value read back and returns it typed; throws FieldProblem when it does not fit. */
export type Field<T> = (value: unknown, path: string) => T;

/** A checker for a property that may be absent. */
export interface OptionalField<T> extends Field<T | undefined> {
  readonly optional: true;
}

/** One checker per property of T: optional properties take an OptionalField. */
export type ShapeOf<T> = {
  [K in keyof T]-?: undefined extends T[K] ? OptionalField<Exclude<T[K], undefined>> : Field<T[K]>;
};

/** Where and why a value did not fit (turned into MalformedItemError by parseItem). */
export class FieldProblem extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path} ${problem}`);
    this.name = 'FieldProblem';
  }
}

/** An item read back from the table does not have the shape its item type declares. */
export class MalformedItemError extends Error {
  constructor(
    readonly key: { pk: unknown; sk: unknown },
    readonly entity: string,
    readonly attribute: string,
    problem: string,
  ) {
    super(`Malformed ${entity} item (pk ${String(key.pk)}, sk ${String(key.sk)}): ${problem}`);
    this.name = 'MalformedItemError';
  }
}

/** The start of a problem message: what was found (cut short: items can be large). */
const shown = (value: unknown): string => {
  if (value === undefined) return 'missing';
  // JSON.stringify returns undefined for a function or a symbol, whatever its declared type says.
  const json = JSON.stringify(value) as string | undefined;
  return `${(json ?? typeof value).slice(0, 60)} is not`;
};

/** A string. */
export const str: Field<string> = (value, path) => {
  if (typeof value !== 'string') throw new FieldProblem(path, `${shown(value)} a string`);
  return value;
};

/** A finite number. */
export const num: Field<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new FieldProblem(path, `${shown(value)} a number`);
  return value;
};

/** A boolean. */
export const bool: Field<boolean> = (value, path) => {
  if (typeof value !== 'boolean') throw new FieldProblem(path, `${shown(value)} a boolean`);
  return value;
};

/**
 * A value stored as JSON text in one string attribute, checked by `field`
 * once parsed. Index items that searches read by the thousand carry their
 * snapshot so: one string unmarshals many times faster than a nested map
 * (docs/matching.md §4). A value still stored as a map (written before the
 * change, until its entity's next write) is checked as it is.
 */
export function jsonText<T>(field: Field<T>): Field<T> {
  return (value, path) => {
    if (typeof value !== 'string') return field(value, path);
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new FieldProblem(path, `${shown(value)} JSON text`);
    }
    return field(parsed, path);
  };
}

/** One of a closed vocabulary (the core's `as const` lists). */
export function oneOf<const V extends string>(values: readonly V[]): Field<V> {
  return (value, path) => {
    if (!values.includes(value as V)) throw new FieldProblem(path, `${shown(value)} one of ${values.join(', ')}`);
    return value as V;
  };
}

/** A list whose every element fits `element`. */
export function list<T>(element: Field<T>): Field<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) throw new FieldProblem(path, `${shown(value)} a list`);
    return value.map((entry, i) => element(entry, `${path}[${i}]`));
  };
}

/** `field`, or absent. */
export function optional<T>(field: Field<T>): OptionalField<T> {
  const check = (value: unknown, path: string): T | undefined => (value === undefined ? undefined : field(value, path));
  return Object.assign(check, { optional: true as const });
}

/** `field`, or null (a match without fit evidence). */
export function nullable<T>(field: Field<T>): Field<T | null> {
  return (value, path) => (value === null ? null : field(value, path));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object with exactly T's properties; absent optional properties stay absent, other attributes are dropped. */
export function shape<T>(fields: ShapeOf<T>): Field<T> {
  const entries = Object.entries<Field<unknown>>(fields);
  return (value, path) => {
    if (!isRecord(value)) throw new FieldProblem(path, `${shown(value)} a map`);
    const parsed: Record<string, unknown> = {};
    for (const [name, field] of entries) {
      const fieldValue = field(value[name], path ? `${path}.${name}` : name);
      if (fieldValue !== undefined) parsed[name] = fieldValue;
    }
    return parsed as T;
  };
}

/** The checkers of some properties of a field map (a snapshot or listing picks from its entity's). */
export function pick<T, const K extends keyof T>(fields: ShapeOf<T>, names: readonly K[]): Pick<ShapeOf<T>, K> {
  const picked: Partial<Pick<ShapeOf<T>, K>> = {};
  for (const name of names) picked[name] = fields[name];
  return picked as Pick<ShapeOf<T>, K>;
}

/**
 * Parses an item of one item type: checks its `entity` tag, then its value.
 * @param read the attribute holding the value; the whole item when absent
 */
export function parseItem<T>(entity: string, field: Field<T>, item: Record<string, unknown>, read?: string): T {
  const key = { pk: item.pk, sk: item.sk };
  if (item.entity !== entity) throw new MalformedItemError(key, entity, 'entity', `entity is ${JSON.stringify(item.entity)}`);
  try {
    return read === undefined ? field(item, '') : field(item[read], read);
  } catch (error) {
    if (!(error instanceof FieldProblem)) throw error;
    throw new MalformedItemError(key, entity, error.path, error.message);
  }
}
