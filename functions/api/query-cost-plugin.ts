/**
 * Applies the operation cost (./query-cost.ts) after the document is
 * validated and its operation resolved, before any resolver runs: an
 * operation over the caller's budget (QUERY_COST.maxCost signed in,
 * maxAnonymousCost anonymous), an anonymous operation deeper than
 * maxPublicDepth, or a free-text argument over its cap is refused with HTTP
 * 400 and nothing executes. The rate limiter (./rate-limit-plugin.ts) charges
 * the same cost, read through `enforcedCostOf`, which computes it once per request.
 */
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { zoneIndustryChainModel } from '../core/industry-chain/zone-model.js';
import { BadUserInputError } from '../core/errors.js';
import type { GraphQLContext } from './context.js';
import { QUERY_COST, type QueryLimitName } from './limits.js';
import { modelListSizes, operationCost, rateLimitUnitsOf } from './query-cost.js';
import { LIMIT_EXTENSION } from './query-limits.js';

/** The model's list sizes, measured once per process at start. */
export const MODEL_LIST_SIZES = modelListSizes(zoneIndustryChainModel);

type ResolvedRequest = GraphQLRequestContextDidResolveOperation<GraphQLContext>;

/** What a request was found to cost, once it passed: the cost and the rate-limit units it is charged. */
export interface RequestCost {
  cost: number;
  units: number;
}

const costs = new WeakMap<GraphQLContext, RequestCost | GraphQLError>();

function limitError(limit: QueryLimitName, message: string, details: Record<string, number>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', [LIMIT_EXTENSION]: limit, ...details, http: { status: 400 } },
  });
}

function evaluate(request: ResolvedRequest): RequestCost | GraphQLError {
  // Apollo resolves the operation before this hook; without one nothing will execute.
  if (!request.operation) return { cost: 0, units: 1 };
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of request.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const { cost, depth, textProblems } = operationCost({
    schema: request.schema,
    operation: request.operation,
    fragments,
    variables: request.request.variables ?? {},
    listSizes: MODEL_LIST_SIZES,
  });
  if (textProblems.length > 0) {
    const error = new BadUserInputError(textProblems);
    return new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status: 400 } } });
  }
  const anonymous = request.contextValue.principal.role === 'ANONYMOUS';
  const budget = anonymous ? QUERY_COST.maxAnonymousCost : QUERY_COST.maxCost;
  if (cost > budget) {
    return limitError('maxCost', `Query cost limit of ${budget} exceeded, found ${Math.ceil(cost)}.`, {
      cost: Math.ceil(cost),
      maxCost: budget,
    });
  }
  if (anonymous && depth > QUERY_COST.maxPublicDepth) {
    return limitError('maxPublicDepth', `Anonymous query depth limit of ${QUERY_COST.maxPublicDepth} exceeded, found ${depth}.`, {
      depth,
      maxDepth: QUERY_COST.maxPublicDepth,
    });
  }
  return { cost: Math.ceil(cost), units: rateLimitUnitsOf(cost) };
}

/** The request's cost, computed once; throws the refusal when it is over a limit. */
export function enforcedCostOf(request: ResolvedRequest): RequestCost {
  let verdict = costs.get(request.contextValue);
  if (!verdict) {
    verdict = evaluate(request);
    costs.set(request.contextValue, verdict);
  }
  if (verdict instanceof GraphQLError) throw verdict;
  return verdict;
}

export function queryCostPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation(request) {
          // A refusal thrown here rejects the promise.
          return new Promise<void>((resolve) => {
            enforcedCostOf(request);
            resolve();
          });
        },
      });
    },
  };
}
