/**
 * Hyphenation variants of Latin search text: firms write "e-commerce",
 * "ecommerce" and "e commerce", "Li-ion" and "Liion", "cross-border" and
 * "cross border". A keyword is indexed under every way of writing its
 * hyphenated compounds (split into words, or joined into one), a query is
 * read both ways, and a match of any pair counts.
 */
import { latinWords, normalizeSearchText } from './search-text.js';

/** Most hyphenated compounds a keyword is expanded for (2^n variants); longer keywords keep the split form only. */
const MAX_EXPANDED_COMPOUNDS = 3;

/** Whitespace-separated chunks, each either a plain word or a hyphenated compound. */
function chunksOf(text: string): string[] {
  return normalizeSearchText(text)
    .split(' ')
    .filter((chunk) => chunk.length > 0);
}

const isCompound = (chunk: string) => /[a-z0-9][-‐‑–/][a-z0-9]/.test(chunk);
const joined = (chunk: string) => latinWords(chunk.replace(/[-‐‑–/]/g, ''));

/** Every word list a keyword may be written as: compounds split ("e commerce") or joined ("ecommerce"). */
export function keywordWordVariants(text: string): string[][] {
  const chunks = chunksOf(text);
  const compounds = chunks.filter(isCompound).length;
  if (compounds === 0 || compounds > MAX_EXPANDED_COMPOUNDS) return [latinWords(text)];
  let variants: string[][] = [[]];
  for (const chunk of chunks) {
    const forms = isCompound(chunk) ? [latinWords(chunk), joined(chunk)] : [latinWords(chunk)];
    variants = variants.flatMap((prefix) => forms.map((form) => [...prefix, ...form]));
  }
  return variants;
}

/** The two readings of a query: compounds split into words, and joined. */
export function queryWordVariants(text: string): string[][] {
  const split = latinWords(text);
  const together = chunksOf(text).flatMap((chunk) => (isCompound(chunk) ? joined(chunk) : latinWords(chunk)));
  return together.join(' ') === split.join(' ') ? [split] : [split, together];
}
