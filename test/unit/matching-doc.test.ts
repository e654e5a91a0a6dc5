import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCH_LIMITS } from '../../functions/core/fit/search-criteria.js';
import {
  CANDIDATES_PER_DEEP_READ,
  CANDIDATES_PER_SHALLOW_READ,
  DEEP_READS_PER_SEARCH,
  MAX_COLLABORATIONS_PER_RECOMMENDATION,
  MAX_PARTITIONS_PER_SEARCH,
} from '../../functions/core/fit/search-plan.js';
import {
  COMPONENT_NAMES,
  COMPONENT_WEIGHTS,
  CORROBORATION,
  EVIDENCE_KINDS,
  EVIDENCE_STRENGTH,
  FIRST_SHARED_MODE,
  MATURITY_SHORTFALL_PER_STAGE,
  NEUTRAL,
  PARK_INTEREST,
  PARK_PREFERENCE_BOOST,
  PARTNER_TYPE_AFFINITY,
  RECIPROCITY_SMOOTHING,
  type ModeFamily,
  type PairKind,
} from '../../functions/core/fit/weights.js';
import { evaluateRanking } from '../evaluation/evaluation-run.js';
import { EVALUATION_ORGANIZATIONS } from '../evaluation/organizations.js';
import { EVALUATION_QUERIES } from '../evaluation/queries.js';

/** docs/matching.md explains the fit model's numbers, bounds and figures; it must say what the code does. */
const repo = new URL('../../', import.meta.url);
const doc = readFileSync(new URL('docs/matching.md', repo), 'utf8');
const prose = doc.replace(/\s+/g, ' ');

/** Asserts the doc says `text` (whitespace-insensitive); a failure names the missing text, not the whole doc. */
function expectDocToSay(text: string): void {
  expect([text, prose.includes(text)]).toEqual([text, true]);
}

/** The text under a heading, up to the next heading of any level. */
function section(heading: string): string {
  const start = doc.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`docs/matching.md has no heading "${heading}"`);
  const rest = doc.slice(start + heading.length + 2);
  const end = rest.search(/^#{1,6} /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Cells of the table rows whose first cell is a code span (`name`), the backticks removed. */
function namedRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/^`([^`]+)`$/, '$1')),
    );
}

/** Every file under a folder, by name (node_modules and generated code left out). */
function fileNamesUnder(folder: string): Set<string> {
  const entries = readdirSync(new URL(folder, repo), { recursive: true, withFileTypes: true });
  return new Set(entries.filter((entry) => entry.isFile() && !entry.parentPath.includes('node_modules')).map((entry) => entry.name));
}

describe('docs/matching.md', () => {
  it('lists the evidence kinds strongest first, with the strengths of weights.ts', () => {
    const rows = namedRows(section('### 1.1 Evidence and direction'));
    expect(rows.map((cells) => cells[0])).toEqual([...EVIDENCE_KINDS]);
    expect(Object.fromEntries(rows.map((cells) => [cells[0], Number(cells.at(-1))]))).toEqual(EVIDENCE_STRENGTH);
  });

  it('states the corroboration weight and the reciprocity smoothing of weights.ts', () => {
    expectDocToSay(`CORROBORATION = ${CORROBORATION}`);
    expectDocToSay(`ε = ${RECIPROCITY_SMOOTHING}`);
  });

  it('gives every score component, in the order results list them, with the weight of weights.ts', () => {
    const rows = namedRows(section('### 1.3 The score and its weights')).filter((cells) => /^\d+(\.\d+)?$/.test(cells[1] ?? ''));
    expect(rows.map((cells) => cells[0])).toEqual([...COMPONENT_NAMES]);
    expect(Object.fromEntries(rows.map((cells) => [cells[0], Number(cells[1])]))).toEqual(COMPONENT_WEIGHTS);
  });

  it('states the soft-signal values weights.ts uses', () => {
    const rowOf = (name: string) =>
      namedRows(section('### 1.3 The score and its weights'))
        .find((cells) => cells[0] === name)
        ?.join(' | ') ?? '';
    expect(rowOf('modeOverlap')).toContain(`${FIRST_SHARED_MODE} one`);
    expect(rowOf('parkInterest')).toContain(`${PARK_INTEREST.SHARED} both named the same park`);
    expect(rowOf('parkInterest')).toContain(`${PARK_INTEREST.HOSTS_OTHER} a park one wants hosts the other's segments`);
    expect(rowOf('parkInterest')).toContain(`${PARK_INTEREST.DISJOINT} both named unrelated parks`);
    expect(rowOf('maturityFit')).toContain(`−${MATURITY_SHORTFALL_PER_STAGE} per EEN stage short`);
    expectDocToSay(`scores the midpoint ${NEUTRAL}`);
    expectDocToSay(`+${PARK_PREFERENCE_BOOST} for each side that named it`);
  });

  it('renders the partner-type affinity table of weights.ts', () => {
    const table = section('### 1.3 The score and its weights').split('Partner-type affinity')[1] ?? '';
    const columns: PairKind[] = ['ENTERPRISE_ENTERPRISE', 'ENTERPRISE_RESEARCH', 'RESEARCH_RESEARCH'];
    expect(table).toContain('| mode family | modes | enterprise ↔ enterprise | enterprise ↔ research | research ↔ research |');
    const documented = Object.fromEntries(
      table
        .split('\n')
        .filter((line) => /^\| (research|supply|capital) \|/.test(line))
        .map((line) => {
          const cells = line
            .split('|')
            .slice(1, -1)
            .map((cell) => cell.trim());
          const values = cells.slice(2).map(Number);
          return [cells[0]!.toUpperCase() as ModeFamily, Object.fromEntries(columns.map((column, i) => [column, values[i]]))];
        }),
    );
    expect(documented).toEqual(PARTNER_TYPE_AFFINITY);
  });

  it('names, for every component, the file that computes it, and fit-score.ts combines exactly those files', () => {
    const table = section('### 1.3 The score and its weights').split('`fit-score.ts` combines them:')[1] ?? '';
    const rows = namedRows(table.split('\n\n')[1] ?? '');
    expect(rows.map((cells) => cells[0])).toEqual([...COMPONENT_NAMES]);
    const fitScore = readFileSync(new URL('functions/core/fit/fit-score.ts', repo), 'utf8');
    for (const cells of rows) {
      const file = /`?([a-z-]+\.ts)`?/.exec(cells[1] ?? '')?.[1] ?? '';
      expect([cells[0], existsSync(new URL(`functions/core/fit/${file}`, repo))]).toEqual([cells[0], true]);
      expect(fitScore).toContain(`from './${basename(file, '.ts')}.js'`);
    }
  });

  it('states the search bounds of the code', () => {
    expectDocToSay(`at most ${MAX_PARTITIONS_PER_SEARCH} per search`);
    expectDocToSay(`the ${DEEP_READS_PER_SEARCH} most promising (\`DEEP_READS_PER_SEARCH\`) read **${CANDIDATES_PER_DEEP_READ} items**`);
    expectDocToSay(`one Query of at most ${CANDIDATES_PER_SHALLOW_READ} items`);
    expectDocToSay(`the top \`first\` (default ${SEARCH_LIMITS.defaultFirst}, at most ${SEARCH_LIMITS.maxFirst})`);
    expectDocToSay(`At most ${MAX_COLLABORATIONS_PER_RECOMMENDATION} collaborations are scored per request`);
  });

  it('quotes the size of the labelled set and the figures a run of it gives', () => {
    const collaborationQueries = EVALUATION_QUERIES.filter((query) => /\bcollaboration\b/.test(query.name)).length;
    expectDocToSay(`${EVALUATION_ORGANIZATIONS.length} fictional organizations`);
    expectDocToSay(
      `${EVALUATION_QUERIES.length} queries (${EVALUATION_QUERIES.length - collaborationQueries} organizations, ${collaborationQueries} collaboration${collaborationQueries === 1 ? '' : 's'})`,
    );
    const { meanPrecisionAt3, meanNdcgAt5 } = evaluateRanking();
    expectDocToSay(`| mean precision@3 | **${meanPrecisionAt3.toFixed(3)}** |`);
    expectDocToSay(`| mean NDCG@5 | **${meanNdcgAt5.toFixed(3)}** |`);
  });

  it('names only source files that exist', () => {
    const known = new Set([
      ...fileNamesUnder('functions/'),
      ...fileNamesUnder('test/'),
      ...fileNamesUnder('bench/'),
      ...fileNamesUnder('scripts/'),
    ]);
    const named = [...doc.matchAll(/`([\w./-]+\.ts)`/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(10);
    const missing = named.filter((name) => (name.includes('/') ? !existsSync(new URL(name, repo)) : !known.has(name)));
    expect(missing).toEqual([]);
  });
});
