/**
 * Applies the per-credential rate limit (core/access/rate-limit.ts) once per
 * operation, after the document is validated and before any resolver runs.
 * Over the limit: HTTP 429 with `Retry-After` and code RATE_LIMITED. If the
 * counter cannot be reached, the call is let through (and logged): API
 * Gateway's stage throttling still bounds the total.
 */
import { GraphQLError } from 'graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { rateLimitWindowFor, secondsUntilWindowEnds, type RateLimitPolicy } from '../core/access/rate-limit.js';
import { RateLimitedError } from '../core/errors.js';
import type { GraphQLContext } from './context.js';
import type { ErrorLogger } from './error-mapping.js';

export interface RateLimitPluginOptions {
  policy: RateLimitPolicy;
  logError: ErrorLogger;
}

/** Credentials known to be over their limit, per window: rejected without a DynamoDB write. */
const MAX_REMEMBERED_BLOCKS = 10_000;

function rateLimitedError(retryAfterSeconds: number): GraphQLError {
  const error = new RateLimitedError(retryAfterSeconds);
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: {
      code: error.code,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

export function rateLimitPlugin(options: RateLimitPluginOptions): ApolloServerPlugin<GraphQLContext> {
  const blocked = new Set<string>();
  return {
    requestDidStart() {
      return Promise.resolve({
        async didResolveOperation({ contextValue }) {
          // The request's one clock reading: the window is the one the request arrived in.
          const at = contextValue.now.getTime();
          const window = rateLimitWindowFor(contextValue.principal, at, options.policy);
          if (!window) return;
          const blockKey = `${window.credential}@${window.windowStart}`;
          if (blocked.has(blockKey)) throw rateLimitedError(secondsUntilWindowEnds(window, at, options.policy));
          let allowed: boolean;
          try {
            allowed = await contextValue.store.rateLimits.consume(window);
          } catch (error) {
            options.logError('rate limit counter unavailable; request allowed', { cause: (error as Error).name });
            return;
          }
          if (allowed) return;
          if (blocked.size >= MAX_REMEMBERED_BLOCKS) blocked.clear();
          blocked.add(blockKey);
          throw rateLimitedError(secondsUntilWindowEnds(window, at, options.policy));
        },
      });
    },
  };
}
