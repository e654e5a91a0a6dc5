/**
 * Trusted documents for chainfit's own web console: in production the console
 * may send only operations its build registered in a safelist (Apollo's
 * persisted-query manifest format, generated when the console is built).
 * A request naming itself as the console with any other document is refused
 * with FORBIDDEN before a resolver runs, so a compromised or injected console
 * script cannot run arbitrary queries with a user's session. Other clients
 * (partner apps, curl) are unaffected.
 */
import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ForbiddenError } from '../core/errors.js';
import type { GraphQLContext } from './context.js';

/** The `apollographql-client-name` the console sends (Apollo Client's `clientAwareness.name`). */
export const CONSOLE_CLIENT_NAME = 'chainfit-console';
export const CLIENT_NAME_HEADER = 'apollographql-client-name';

/** One operation of an Apollo persisted-query manifest; `id` is the SHA-256 (hex) of `body`. */
export interface ManifestOperation {
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

export interface PersistedQueryManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: ManifestOperation[];
}

/** The safelist: document hashes a client may send. */
export type TrustedDocuments = ReadonlySet<string>;

export class ManifestError extends Error {
  override readonly name = 'ManifestError';
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Reads a manifest, failing fast on a malformed one or an id that is not the
 * hash of its body (a safelist that cannot be trusted must not load).
 */
export function trustedDocumentsOf(manifest: unknown): TrustedDocuments {
  const candidate = manifest as Partial<PersistedQueryManifest> | null;
  if (candidate?.format !== 'apollo-persisted-query-manifest' || candidate.version !== 1 || !Array.isArray(candidate.operations)) {
    throw new ManifestError('Not an apollo-persisted-query-manifest, version 1');
  }
  // Untrusted JSON: an entry may be null or lack any field.
  const operations: readonly (Partial<ManifestOperation> | null)[] = candidate.operations;
  return new Set(
    operations.map((operation) => {
      if (typeof operation?.body !== 'string' || operation.id !== sha256(operation.body)) {
        throw new ManifestError(`Operation ${String(operation?.name)}: id is not the SHA-256 of its body`);
      }
      return operation.id;
    }),
  );
}

function untrustedDocumentError(): GraphQLError {
  const error = new ForbiddenError(`${CONSOLE_CLIENT_NAME} may only send the operations of its trusted-document manifest`);
  return new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status: 403 } } });
}

/**
 * Refuses console requests whose document is not in the safelist. Runs once
 * the document is known (Apollo's `queryHash` is the SHA-256 of the query text,
 * or the APQ hash, which Apollo has checked against the text) and before the
 * persisted-query cache stores it, so a refused document is never registered.
 */
export function trustedDocumentsPlugin(documents: TrustedDocuments): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart({ request }) {
      if (request.http?.headers.get(CLIENT_NAME_HEADER) !== CONSOLE_CLIENT_NAME) return Promise.resolve();
      return Promise.resolve({
        didResolveOperation({ queryHash }) {
          return documents.has(queryHash) ? Promise.resolve() : Promise.reject(untrustedDocumentError());
        },
      });
    },
  };
}
