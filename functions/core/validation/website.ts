/**
 * Rule: a website is an absolute http(s) URL with a host.
 */
import { INPUT_LIMITS } from '../input-limits.js';
import { tooLongProblems, type FieldProblem } from './field-problems.js';

export function websiteProblems(website: string | undefined, path: string): FieldProblem[] {
  if (website === undefined) return [];
  const tooLong = tooLongProblems(website, INPUT_LIMITS.websiteLength, path);
  if (tooLong.length > 0) return tooLong;
  let url: URL;
  try {
    url = new URL(website);
  } catch {
    return [{ path, message: 'is not a URL' }];
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return [{ path, message: 'must be an http or https URL' }];
  return url.hostname.includes('.') ? [] : [{ path, message: 'must name a public host' }];
}
