import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IndustryChainModel } from '../../../functions/core/industry-chain/industry-chain-model.js';
import { zoneIndustryChainModel as zone } from '../../../functions/core/industry-chain/zone-model.js';

/** docs/industry-chains.md describes the model and counts its data; it must say what the data holds. */
const repo = new URL('../../../', import.meta.url);
const doc = readFileSync(new URL('docs/industry-chains.md', repo), 'utf8');
const prose = doc.replace(/\s+/g, ' ');

/** Table rows (cells trimmed) of the section under a heading. */
function rowsUnder(heading: string): string[][] {
  const section = doc.split(`\n${heading}\n`)[1]?.split(/\n## /)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| chain group') && !line.startsWith('|---'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

describe('docs/industry-chains.md', () => {
  it('counts the chains, segments, links, parks and policies of the data set, at its version', () => {
    const within = zone.segments().flatMap((segment) => zone.customersOf(segment.id).filter((partner) => !partner.crossChain)).length;
    const links = zone.segments().flatMap((segment) => zone.customersOf(segment.id)).length;
    const counts =
      `${zone.chains().length} chains, ${zone.segments().length} segments in version \`${zone.version}\`; ` +
      `${links} supply links (${within} within chains, ${links - within} across), ${zone.researchServedSegments().length} research-served segments, ` +
      `${zone.parks().length} parks, ${zone.policies().length} policy measures.`;
    expect([counts, prose.includes(counts)]).toEqual([counts, true]);
    expect(prose).toContain(`(\`industryChainData\`, version \`${zone.version}\`)`);
  });

  it('lists every chain with its group, stages and segments, in model order', () => {
    const documented = rowsUnder('## Chain groups, chains and segments').filter((cells) => cells.length === 4);
    const actual = zone
      .groups()
      .flatMap((group) =>
        group.chains.map((chain) => [
          group.name.en,
          `\`${chain.id}\` ${chain.name.en}`,
          String(chain.stages.length),
          String(chain.stages.flatMap((stage) => stage.segments).length),
        ]),
      );
    expect(documented).toEqual(actual);
  });

  it('totals each chain group', () => {
    const documented = rowsUnder('## Chain groups, chains and segments').filter((cells) => cells.length === 3);
    const actual = zone
      .groups()
      .map((group) => [
        group.name.en,
        String(group.chains.length),
        String(group.chains.flatMap((c) => c.stages.flatMap((s) => s.segments)).length),
      ]);
    expect(documented).toEqual(actual);
  });

  it('names only methods the model has', () => {
    const table = doc.split('## Asking the model')[1]?.split('\n## ')[0] ?? '';
    const methods = [...table.matchAll(/`([a-zA-Z]+)\(/g)].map((match) => match[1]!);
    expect(methods.length).toBeGreaterThan(15);
    const missing = methods.filter(
      (name) => typeof (IndustryChainModel.prototype as unknown as Record<string, unknown>)[name] !== 'function',
    );
    expect(missing).toEqual([]);
  });

  it('points to files that exist', () => {
    const paths = [...doc.matchAll(/`((?:functions|test)\/[\w./-]+\.ts)`/g)].map((match) => match[1]!);
    const inModelFolder = [...doc.matchAll(/\| `((?:data\/)?[\w-]+\.ts)`/g)].map((match) => `functions/core/industry-chain/${match[1]!}`);
    expect(paths.length + inModelFolder.length).toBeGreaterThan(8);
    expect([...paths, ...inModelFolder].filter((path) => !existsSync(new URL(path, repo)))).toEqual([]);
  });
});
