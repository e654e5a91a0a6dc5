/**
 * Writes the measured segment-search figures into docs/industry-chains.md
 * (between its segment-search-figures markers), so the doc quotes what the
 * code does, not what someone typed. `npm run figures:segments`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderSegmentSearchFigures, segmentSearchFigures, withFiguresBlock } from '../test/evaluation/segment-search-figures.js';

const docPath = fileURLToPath(new URL('../docs/industry-chains.md', import.meta.url));
const block = renderSegmentSearchFigures(segmentSearchFigures());
writeFileSync(docPath, withFiguresBlock(readFileSync(docPath, 'utf8'), block));
console.log(block);
