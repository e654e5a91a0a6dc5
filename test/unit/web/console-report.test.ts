import { describe, expect, it } from 'vitest';
import { consoleReport, initialScripts, median } from '../../../bench/console-report.js';

describe('console benchmark report', () => {
  it('counts the module script and the modulepreloads of index.html as initial JavaScript, not lazy chunks', () => {
    const html = `<script type="module" crossorigin src="/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-b.js">
      <link rel="stylesheet" href="/assets/index-c.css">`;
    expect(initialScripts(html)).toEqual(['/assets/index-a.js', '/assets/vendor-b.js']);
  });

  it('takes the median of odd and even run counts', () => {
    expect(median([900, 300, 500])).toBe(500);
    expect(median([400, 100, 300, 200])).toBe(250);
  });

  it('says whether each budget is met', () => {
    const report = consoleReport({
      date: '2026-12-02',
      machine: 'test',
      loadAverage: '1.0',
      chromium: 'Chromium 1',
      scripts: [{ path: '/a.js', bytes: 300_000, gzipBytes: 250_000 }],
      usableMs: [900, 1100, 1000],
    });
    expect(report).toContain('244.1 kB gzipped against a budget of 200.0 kB: **not met**');
    expect(report).toContain('median 1000 ms (runs: 900, 1100, 1000 ms) against a budget of 2000 ms: **met**');
  });
});
