import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLE_DEFINITION } from '../../../functions/store/table-definition.js';

const doc = readFileSync(new URL('../../../docs/data-model.md', import.meta.url), 'utf8');

/** Index names in the first column of the "Indexes" table, other than the table itself. */
function documentedIndexes(): string[] {
  const section = doc.split('## Indexes')[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| index') && !line.startsWith('|---'))
    .map((line) => line.split('|')[1]!.trim())
    .filter((name) => name !== 'table');
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
    const patterns = doc.split('## Access patterns')[1]?.split('\n## ')[0] ?? '';
    const rows = patterns.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| access pattern'));
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row).toMatch(/GetItem|Query|BatchGetItem|TransactWriteItems|BatchWriteItem|UpdateItem/);
    expect(patterns).not.toMatch(/\bScan\b/);
  });
});
