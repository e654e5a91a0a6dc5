/**
 * Maps every error to what a client may see, in one place: chainfit errors keep
 * their code and safe details; GraphQL request errors (parse, validation,
 * variable coercion) keep Apollo's code; anything else becomes
 * INTERNAL_SERVER_ERROR with a generic message, and is logged, never leaked.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ChainfitError } from '../core/errors.js';

/** Codes Apollo Server itself assigns to request-level errors; these messages are safe. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export type ErrorLogger = (message: string, details: Record<string, unknown>) => void;

/**
 * The chainfit error behind an error, whether a resolver or a plugin (rate
 * limit) threw it. Follows `originalError` rather than trusting
 * `instanceof GraphQLError`: Apollo and our code may load different copies of
 * graphql (CommonJS and ESM), and Apollo then wraps our GraphQLError again.
 */
function chainfitErrorOf(error: unknown): ChainfitError | undefined {
  let current: unknown = unwrapResolverError(error);
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    if (current instanceof ChainfitError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * graphql-js stops coercing variables after 50 problems and throws this, without a code (an input with many nested
 * lists, such as an event definition, reaches it): the caller's input is at fault, as for any coercion error.
 */
const VARIABLE_ERROR_LIMIT_MESSAGE = 'Too many errors processing variables, error limit reached. Execution aborted.';

/** Extensions of request errors that are safe and useful to pass on (which query limit was broken, and by how much). */
const SAFE_REQUEST_EXTENSIONS = ['limit', 'cost', 'maxCost', 'depth', 'maxDepth'];

export function createErrorFormatter(logError: ErrorLogger) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = unwrapResolverError(error);
    const location = {
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
    };
    const chainfitError = chainfitErrorOf(error);
    if (chainfitError) {
      if (chainfitError.code === 'SERVICE_UNAVAILABLE')
        logError('dependency unavailable', { cause: String((chainfitError.cause as Error | undefined)?.name) });
      return { message: chainfitError.message, ...location, extensions: { code: chainfitError.code, ...chainfitError.details } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code) && original === error) {
      const safe = SAFE_REQUEST_EXTENSIONS.filter((key) => formatted.extensions?.[key] !== undefined).map((key): [string, unknown] => [
        key,
        formatted.extensions?.[key],
      ]);
      return { message: formatted.message, ...location, extensions: { code, ...Object.fromEntries(safe) } };
    }
    if (original instanceof Error && original.message === VARIABLE_ERROR_LIMIT_MESSAGE)
      return { message: original.message, ...location, extensions: { code: 'BAD_USER_INPUT' } };
    logError('unhandled error', {
      error: original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : String(original),
    });
    return { message: 'Internal server error', ...location, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
