/**
 * The GraphQL client: typed documents (GraphQL Code Generator's client preset,
 * string mode) sent with fetch. Errors become ApiError with the API's
 * `extensions.code`, so screens can say "someone else changed this" for CONFLICT.
 * Every request names the console (`apollographql-client-name`): in production
 * the API then accepts only the operations of web/persisted-query-manifest.json,
 * which `npm run build:web` generates from these same documents.
 */
import type { TypedDocumentString } from '../generated/graphql.js';

/** The client name the API's trusted-document check knows (functions/api/trusted-documents.ts). */
export const CONSOLE_CLIENT_NAME = 'chainfit-console';

/** A GraphQL or transport error with the API's code (NETWORK when the server was unreachable). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Where and as whom to send a request. */
export interface RequestTarget {
  url: string;
  token?: string | undefined;
  locale: string;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends one operation; resolves with its data or rejects with ApiError. */
export async function execute<Result, Variables>(
  target: RequestTarget,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    'accept-language': target.locale,
    'apollographql-client-name': CONSOLE_CLIENT_NAME,
  };
  if (target.token) headers.authorization = `Bearer ${target.token}`;
  let response: Response;
  try {
    response = await fetch(target.url, { method: 'POST', headers, body: JSON.stringify({ query: document.toString(), variables }) });
  } catch (error) {
    throw new ApiError((error as Error).message, 'NETWORK');
  }
  if (response.status === 401) throw new ApiError('Unauthorized', 'UNAUTHENTICATED');
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<Result>;
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (!body.data) throw new ApiError(`HTTP ${response.status}`, 'INTERNAL_SERVER_ERROR');
  return body.data;
}
