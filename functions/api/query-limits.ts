/**
 * Enforces QUERY_LIMITS on every document during validation, before any
 * resolver runs (graphql-armor's rules), and the token limit while parsing
 * (graphql-js's own `maxTokens`, which fails as a 400 parse error; armor's
 * token plugin would answer 500). A rejected document gets
 * GRAPHQL_VALIDATION_FAILED (or GRAPHQL_PARSE_FAILED for tokens) with
 * `extensions.limit` naming the limit.
 */
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { QUERY_LIMITS, type QueryLimitName } from './limits.js';

/** The extension key naming which limit a document broke. */
export const LIMIT_EXTENSION = 'limit';

/** Armor prefixes its messages with "Syntax Error: "; the limit's name says more. */
function rejectWith(limit: QueryLimitName) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', [LIMIT_EXTENSION]: limit },
      }),
    );
  };
}

function armorValidationRules(): ValidationRule[] {
  const shared = { exposeLimits: true, propagateOnRejection: false } as const;
  const armor = new ApolloArmor({
    // Apollo's own hideSchemaDetailsFromClientErrors covers suggestions; graphql-js counts tokens.
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    maxDepth: { ...shared, n: QUERY_LIMITS.maxDepth, flattenFragments: true, onReject: [rejectWith('maxDepth')] },
    maxAliases: { ...shared, n: QUERY_LIMITS.maxAliases, onReject: [rejectWith('maxAliases')] },
    // Cost depends on variables and on the caller: ./query-cost-plugin.ts measures it after validation.
    costLimit: { enabled: false },
    maxDirectives: { ...shared, n: QUERY_LIMITS.maxDirectives, onReject: [rejectWith('maxDirectives')] },
  });
  return armor.protect().validationRules;
}

/** Validation rules enforcing depth, aliases and directives (cost: ./query-cost-plugin.ts). */
export const queryLimitRules: ValidationRule[] = armorValidationRules();

/** Parser options enforcing the token limit. */
export const queryParseOptions: ParseOptions = { maxLexicalTokens: QUERY_LIMITS.maxTokens };
