import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLE_DEFINITION } from '../../../functions/store/table-definition.js';
import { ITEM_TYPES } from '../../../functions/store/items/item-types.js';
import { FIXED_KEY, KEY_PREFIX } from '../../../functions/store/items/keys.js';

/** docs/data-model.md describes the table; it must say what the declarations in functions/store/items do. */
const doc = readFileSync(new URL('../../../docs/data-model.md', import.meta.url), 'utf8');

const section = (title: string): string => doc.split(`## ${title}`)[1]?.split('\n## ')[0] ?? '';

/** The rows of a markdown table in a section, as trimmed cells, header and rule left out. */
function tableRows(text: string): string[][] {
  const rows = text.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('|---'));
  return rows.slice(1).map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );
}

/** Index names in the first column of the "Indexes" table, other than the table itself. */
function documentedIndexes(): string[] {
  return tableRows(section('Indexes'))
    .map((cells) => cells[0]!)
    .filter((name) => name !== 'table');
}

/** The "Item types" table, by entity tag: which indexes its index-keys column names, and its ttl column. */
function documentedItemTypes(): Map<string, { indexes: string[]; ttl: string }> {
  const table = doc.slice(doc.indexOf('<!-- item-types -->'), doc.indexOf('<!-- /item-types -->'));
  return new Map(
    tableRows(table).map((cells) => [
      cells[1]!.replaceAll('`', ''),
      { indexes: [...new Set(cells[4]!.match(/gsi\d/g) ?? [])], ttl: cells[6]! },
    ]),
  );
}

/** Every key prefix written in backticks in the item types and access patterns: `ORG#<orgId>` → `ORG#`. */
function documentedPrefixes(): Set<string> {
  const text = section('Item types') + section('Access patterns');
  return new Set([...text.matchAll(/`([A-Z][A-Z_]*#)/g)].map((match) => match[1]!));
}

describe('docs/data-model.md', () => {
  it('documents exactly the indexes of the table definition', () => {
    expect(documentedIndexes().sort()).toEqual(TABLE_DEFINITION.globalSecondaryIndexes.map((index) => index.indexName).sort());
  });

  it('mentions every index and key attribute of the table definition', () => {
    for (const index of TABLE_DEFINITION.globalSecondaryIndexes) {
      expect(doc).toContain(index.indexName);
      expect(doc).toContain(index.partitionKey.name);
      expect(doc).toContain(index.sortKey.name);
    }
    expect(doc).toContain(`\`${TABLE_DEFINITION.timeToLiveAttribute}\``);
  });

  it('names the operation of every access pattern, and never Scan', () => {
    const patterns = section('Access patterns');
    const rows = tableRows(patterns);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows)
      expect(row.join(' | ')).toMatch(/GetItem|PutItem|Query|BatchGetItem|TransactWriteItems|BatchWriteItem|UpdateItem/);
    expect(patterns).not.toMatch(/\bScan\b/);
  });

  it('lists exactly the declared item types, by entity tag', () => {
    expect([...documentedItemTypes().keys()].sort()).toEqual(ITEM_TYPES.map((type) => type.entity).sort());
  });

  it('gives each item type the indexes and the expiry its declaration has', () => {
    const documented = documentedItemTypes();
    for (const type of ITEM_TYPES) {
      const row = documented.get(type.entity);
      expect([type.entity, row?.indexes]).toEqual([type.entity, [...type.indexes]]);
      expect([type.entity, row?.ttl !== '–']).toEqual([type.entity, type.expires]);
    }
  });

  it('documents every declared key prefix and fixed key, and no prefix that is not declared', () => {
    const declared = new Set<string>(Object.values(KEY_PREFIX));
    const documented = documentedPrefixes();
    expect([...declared].filter((prefix) => !documented.has(prefix))).toEqual([]);
    expect([...documented].filter((prefix) => !declared.has(prefix))).toEqual([]);
    for (const key of Object.values(FIXED_KEY)) expect(section('Item types') + section('Access patterns')).toContain(key);
  });
});
