/**
 * `npm run bench:console`: the console's performance budget. Builds the console,
 * sums the gzipped size of the JavaScript a first visit loads, then starts the
 * local server in memory and measures, in headless Chromium with 4× CPU
 * throttling, when the first screen is usable. Writes section `console` of
 * docs/benchmarks.md.
 */
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (the waitForFunction callback runs in the browser.)
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONSOLE_DIST_DIR, ensureConsoleBuilt } from '../scripts/console-build.js';
import { startLocalServerProcess } from '../scripts/local-server-process.js';
import { launchChromium } from '../scripts/chromium.js';
import { writeBenchmarkSection } from './benchmarks-doc.js';
import { consoleReport, initialScripts } from './console-report.js';

const RUNS = 5;
const CPU_THROTTLING_RATE = 4;

function scriptSizes() {
  const html = readFileSync(join(CONSOLE_DIST_DIR, 'index.html'), 'utf8');
  return initialScripts(html).map((path) => {
    const content = readFileSync(join(CONSOLE_DIST_DIR, path));
    return { path, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
}

const loadAverage = (loadavg()[0] ?? 0).toFixed(1);
await ensureConsoleBuilt();
const scripts = scriptSizes();
const server = await startLocalServerProcess();
const browser = await launchChromium();
const usableMs: number[] = [];
try {
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING_RATE });
    // Usable: chain groups rendered from the API and the search box enabled. A MutationObserver installed
    // before the page's own scripts notes the moment in the page; polling only collects it afterwards.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        const search = document.querySelector<HTMLInputElement>('input[type="search"]');
        if (document.querySelector('details') && search && !search.disabled) {
          (window as unknown as { usableAt: number }).usableAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    });
    await page.goto(`${server.url}#/chains`);
    const usable = await page.waitForFunction(() => (window as unknown as { usableAt?: number }).usableAt, undefined, {
      polling: 100,
      timeout: 60_000,
    });
    usableMs.push(Number(await usable.jsonValue()));
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
const markdown = consoleReport({
  date: new Date().toISOString().slice(0, 10),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${process.platform}/${process.arch}`,
  loadAverage,
  chromium: `Chromium ${browser.version()}`,
  scripts,
  usableMs,
});
writeBenchmarkSection('console', markdown);
console.log(markdown);
