import { describe, expect, it } from 'vitest';
import { entityTagOf, ifNoneMatchHits, withConditionalGet, type HttpAnswer } from '../../../functions/api/http-caching.js';

const BODY = '{"data":{"industryChains":[]}}';
const cacheable = (headers: Record<string, string> = {}): HttpAnswer => ({
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'max-age=3600, public', ...headers },
  body: BODY,
});
const GET = (ifNoneMatch?: string) => ({ method: 'GET', ifNoneMatch });

describe('conditional GET of public answers', () => {
  it('tags a publicly cacheable GET answer and varies it by Accept-Language', () => {
    const answer = withConditionalGet(GET(), cacheable(), '2026.11.1');
    expect(answer.status).toBe(200);
    expect(answer.headers.etag).toBe(entityTagOf(BODY, '2026.11.1'));
    expect(answer.headers.vary).toBe('Accept-Language');
    expect(answer.body).toBe(BODY);
  });

  it('answers 304 with no body when If-None-Match holds the tag', () => {
    const etag = entityTagOf(BODY, '2026.11.1');
    const answer = withConditionalGet(GET(`"other", W/${etag}`), cacheable(), '2026.11.1');
    expect(answer).toEqual({ status: 304, headers: { 'cache-control': 'max-age=3600, public', etag, vary: 'Accept-Language' }, body: '' });
  });

  it('does not revalidate a copy tagged under another model version', () => {
    const old = entityTagOf(BODY, '2026.11.1');
    expect(withConditionalGet(GET(old), cacheable(), '2026.12.1').status).toBe(200);
  });

  it('leaves uncacheable answers, POSTs and errors alone', () => {
    const etag = entityTagOf(BODY, 'v');
    const privateAnswer: HttpAnswer = { status: 200, headers: { 'cache-control': 'no-store' }, body: BODY };
    expect(withConditionalGet(GET(etag), privateAnswer, 'v')).toBe(privateAnswer);
    const posted = cacheable();
    expect(withConditionalGet({ method: 'POST', ifNoneMatch: etag }, posted, 'v')).toBe(posted);
    const failed = { ...cacheable(), status: 400 };
    expect(withConditionalGet(GET(etag), failed, 'v')).toBe(failed);
  });

  it('keeps an existing Vary header and adds Accept-Language once', () => {
    expect(withConditionalGet(GET(), cacheable({ vary: 'Accept-Encoding' }), 'v').headers.vary).toBe('Accept-Encoding, Accept-Language');
    expect(withConditionalGet(GET(), cacheable({ vary: 'accept-language' }), 'v').headers.vary).toBe('accept-language');
  });

  it('matches If-None-Match lists, weak tags and the wildcard', () => {
    expect(ifNoneMatchHits('"a", "b"', '"b"')).toBe(true);
    expect(ifNoneMatchHits('W/"b"', '"b"')).toBe(true);
    expect(ifNoneMatchHits('*', '"b"')).toBe(true);
    expect(ifNoneMatchHits('"a"', '"b"')).toBe(false);
    expect(ifNoneMatchHits(undefined, '"b"')).toBe(false);
  });
});
