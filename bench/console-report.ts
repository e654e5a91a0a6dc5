/**
 * The console benchmark's pure parts: which files a first visit downloads as
 * JavaScript (index.html's module script and modulepreloads), and the markdown
 * of section `console` of docs/benchmarks.md with the verdict on each budget.
 */

/** Initial JavaScript budget, gzipped (issue 12). */
export const INITIAL_JS_BUDGET_BYTES = 200 * 1024;
/** First screen usable, 4× CPU throttling, local server (issue 12). */
export const FIRST_SCREEN_BUDGET_MS = 2000;

/** Paths of the scripts index.html loads before anything else. */
export function initialScripts(indexHtml: string): string[] {
  const scripts = [...indexHtml.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
  const preloads = [...indexHtml.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((match) => match[1]!);
  return [...new Set([...scripts, ...preloads])];
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface ConsoleBenchmark {
  date: string;
  machine: string;
  loadAverage: string;
  chromium: string;
  scripts: { path: string; bytes: number; gzipBytes: number }[];
  /** ms from navigation start until the first screen is usable, one per run. */
  usableMs: number[];
}

function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

/** Markdown of section `console`. */
export function consoleReport(result: ConsoleBenchmark): string {
  const gzip = result.scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
  const usable = median(result.usableMs);
  const verdict = (met: boolean) => (met ? '**met**' : '**not met**');
  return [
    '## Web console (`npm run bench:console`)',
    '',
    `${result.date} · ${result.machine} · load average ${result.loadAverage} at start · ${result.chromium} headless, 4× CPU throttling (CDP Emulation.setCPUThrottlingRate) · ${result.usableMs.length} runs, each in a fresh browser context (empty cache).`,
    '',
    '"Usable" is the moment the Industry chains screen has rendered the zone\'s chain groups from the API and its segment search box accepts input, measured in the page from navigation start (performance.now()), against `npm start -- --in-memory` on this machine.',
    '',
    '| initial script | minified | gzip |',
    '|---|---|---|',
    ...result.scripts.map((script) => `| ${script.path} | ${kB(script.bytes)} | ${kB(script.gzipBytes)} |`),
    '',
    `- Initial JavaScript: ${kB(gzip)} gzipped against a budget of ${kB(INITIAL_JS_BUDGET_BYTES)}: ${verdict(gzip <= INITIAL_JS_BUDGET_BYTES)}.`,
    `- First screen usable: median ${Math.round(usable)} ms (runs: ${result.usableMs.map((ms) => Math.round(ms)).join(', ')} ms) against a budget of ${FIRST_SCREEN_BUDGET_MS} ms: ${verdict(usable <= FIRST_SCREEN_BUDGET_MS)}.`,
  ].join('\n');
}
