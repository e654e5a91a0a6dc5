/**
 * docs/benchmarks.md is shared by several benchmark scripts: each rewrites only
 * its own section between `<!-- section:NAME -->` and `<!-- /section:NAME -->`,
 * appending the section (and creating the file) when missing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCHMARKS_DOC = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));

/** Replaces the body of section `name` with `markdown`. */
export function writeBenchmarkSection(name: string, markdown: string, file: string = BENCHMARKS_DOC): void {
  const open = `<!-- section:${name} -->`;
  const close = `<!-- /section:${name} -->`;
  const block = `${open}\n${markdown.trim()}\n${close}`;
  mkdirSync(dirname(file), { recursive: true });
  const current = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\nEach section is written by its benchmark script; rerun the script rather than editing by hand.\n';
  const start = current.indexOf(open);
  const end = current.indexOf(close);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${block}${current.slice(end + close.length)}`
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
