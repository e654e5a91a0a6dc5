/**
 * HTTP caching of public answers, the same for both transports: Apollo's
 * cache-control plugin decides from the schema's @cacheControl hints whether an
 * answer may be cached (it sets `Cache-Control: max-age=…, public`); this
 * module adds an entity tag and answers a matching `If-None-Match` with
 * `304 Not Modified` and no body. The tag carries the industry-chain model
 * version, so after a model release no cached copy revalidates as current.
 */
import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { zoneIndustryChainModel } from '../core/industry-chain/zone-model.js';

/** An HTTP answer as both transports hold it just before sending. */
export interface HttpAnswer {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: string;
}

export interface ConditionalRequest {
  method: string;
  ifNoneMatch: string | undefined;
}

/** Strong entity tag of a cacheable body: model version plus a hash of the bytes. */
export function entityTagOf(body: string, modelVersion = zoneIndustryChainModel.version): string {
  const digest = createHash('sha256').update(body).digest('base64url').slice(0, 22);
  return `"${modelVersion}-${digest}"`;
}

/** Only GETs Apollo marked publicly cacheable; POSTs are not cached by browsers or CDNs anyway. */
function isPubliclyCacheable(request: ConditionalRequest, answer: HttpAnswer): boolean {
  const method = request.method.toUpperCase();
  return (method === 'GET' || method === 'HEAD') && answer.status === 200 && /\bpublic\b/.test(answer.headers['cache-control'] ?? '');
}

/** Whether an If-None-Match header lists the tag (weak comparison, as RFC 9110 §13.1.2 asks for). */
export function ifNoneMatchHits(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  const opaque = (candidate: string) => candidate.trim().replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim() === '*' || opaque(candidate) === opaque(tag));
}

function withVary(existing: string | undefined, name: string): string {
  const names = (existing ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return names.some((part) => part.toLowerCase() === name.toLowerCase()) ? names.join(', ') : [...names, name].join(', ');
}

/**
 * The answer to send: unchanged unless publicly cacheable; then with `ETag`
 * and `Vary: Accept-Language` (names follow the caller's language when the
 * query names none), and `304` without a body when the caller's copy is current.
 */
export function withConditionalGet(
  request: ConditionalRequest,
  answer: HttpAnswer,
  modelVersion = zoneIndustryChainModel.version,
): HttpAnswer {
  if (!isPubliclyCacheable(request, answer)) return answer;
  const etag = entityTagOf(answer.body, modelVersion);
  const headers: Record<string, string> = { ...answer.headers, etag, vary: withVary(answer.headers.vary, 'Accept-Language') };
  if (!ifNoneMatchHits(request.ifNoneMatch, etag)) return { ...answer, headers };
  const { 'content-type': _type, 'content-length': _length, ...notModified } = headers;
  return { status: 304, headers: notModified, body: '' };
}

/**
 * Lambda middleware (@as-integrations/aws-lambda): the same conditional GET
 * on the result Apollo produced for an API Gateway HTTP API event.
 */
export function conditionalGetMiddleware(
  event: APIGatewayProxyEventV2,
): Promise<(result: APIGatewayProxyStructuredResultV2) => Promise<void>> {
  return Promise.resolve((result) => {
    if (typeof result.body !== 'string' || result.isBase64Encoded) return Promise.resolve();
    const headers = Object.fromEntries(Object.entries(result.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]));
    const answer = withConditionalGet(
      { method: event.requestContext.http.method, ifNoneMatch: event.headers['if-none-match'] },
      { status: result.statusCode ?? 200, headers, body: result.body },
    );
    result.statusCode = answer.status;
    result.headers = answer.headers;
    result.body = answer.body;
    return Promise.resolve();
  });
}
