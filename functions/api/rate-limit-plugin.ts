/**
 * Applies the per-credential rate limit (core/access/rate-limit.ts) once per
 * operation, after the document is validated and before any resolver runs,
 * charging the operation's cost in units (./query-cost-plugin.ts: at least 1,
 * one more per QUERY_COST.costPerRateLimitUnit cost points), so aliased
 * searches or mutations count for the work they ask for.
 * Over the limit: HTTP 429 with `Retry-After` and code RATE_LIMITED. The
 * decision is made in memory by the process's reconciling limiter
 * (rate-limit/reconciling-limiter.ts), which totals with other instances
 * through DynamoDB in batches, off the request's path. If the counter cannot
 * be reached the instance decides on its own count (logged); API Gateway's
 * stage throttling still bounds the total.
 */
import { GraphQLError } from 'graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { rateLimitWindowFor, secondsUntilWindowEnds, type RateLimitPolicy } from '../core/access/rate-limit.js';
import type { ReconciliationPolicy } from '../core/access/rate-limit-ledger.js';
import { RateLimitedError } from '../core/errors.js';
import type { GraphQLContext } from './context.js';
import type { ErrorLogger } from './error-mapping.js';
import { RATE_LIMIT_RECONCILIATION } from './limits.js';
import { ReconcilingRateLimiter, type RateLimitCounter } from './rate-limit/reconciling-limiter.js';
import { enforcedCostOf } from './query-cost-plugin.js';

export interface RateLimitPluginOptions {
  policy: RateLimitPolicy;
  logError: ErrorLogger;
  /** How counts are reconciled across instances; RATE_LIMIT_RECONCILIATION unless a test says otherwise. */
  reconciliation?: ReconciliationPolicy;
}

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
  // One limiter per counter: in production one store per process, so one limiter per Lambda instance.
  const limiters = new WeakMap<RateLimitCounter, ReconcilingRateLimiter>();
  const limiterFor = (counter: RateLimitCounter): ReconcilingRateLimiter => {
    let limiter = limiters.get(counter);
    if (!limiter) {
      limiter = new ReconcilingRateLimiter({
        counter,
        policy: options.reconciliation ?? RATE_LIMIT_RECONCILIATION,
        onCounterUnavailable: (error) => {
          options.logError('rate limit counter unavailable; counting in this instance only', { cause: (error as Error).name });
        },
      });
      limiters.set(counter, limiter);
    }
    return limiter;
  };
  return {
    requestDidStart() {
      return Promise.resolve({
        async didResolveOperation(request) {
          const { contextValue } = request;
          // The request's one clock reading: the window is the one the request arrived in.
          const at = contextValue.now.getTime();
          const window = rateLimitWindowFor(contextValue.principal, at, options.policy);
          if (!window) return;
          // An operation over its cost limit is refused (by the same check) without being charged.
          const { units } = enforcedCostOf(request);
          if (await limiterFor(contextValue.store.rateLimits).admit(window, at, units)) return;
          throw rateLimitedError(secondsUntilWindowEnds(window, at, options.policy));
        },
      });
    },
  };
}
