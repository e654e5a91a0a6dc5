/**
 * Applies the access policy (functions/core/access/policy.ts) to every root
 * field, so no resolver carries its own role checks. An operation without a
 * rule fails at server construction: nothing ships unguarded.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { decide, OPERATION_ACCESS } from '../core/access/policy.js';
import { ForbiddenError, UnauthenticatedError } from '../core/errors.js';
import type { GraphQLContext } from './context.js';

type RootResolver = (parent: unknown, args: Record<string, unknown>, context: GraphQLContext, info: GraphQLResolveInfo) => unknown;

/**
 * Finds the organization an ORGANIZATION_MEMBER operation acts for, from its
 * arguments (and, where the argument is a posting or match id, from the store).
 */
export type ActingForResolver = (args: Record<string, unknown>, context: GraphQLContext) => Promise<string | null | undefined>;

export type RootResolvers = Record<string, Record<string, RootResolver>>;

export function withAuthorization(
  resolvers: RootResolvers,
  actingFor: Record<string, ActingForResolver>,
): RootResolvers {
  const guarded: RootResolvers = {};
  for (const typeName of ['Query', 'Mutation']) {
    const fields = resolvers[typeName];
    if (!fields) continue;
    guarded[typeName] = {};
    for (const [fieldName, resolve] of Object.entries(fields)) {
      const operation = `${typeName}.${fieldName}`;
      const rule = OPERATION_ACCESS[operation];
      if (!rule) throw new Error(`No access rule for ${operation}: add it to OPERATION_ACCESS`);
      const findActingFor = actingFor[operation];
      if (rule === 'ORGANIZATION_MEMBER' && !findActingFor) {
        throw new Error(`${operation} is ORGANIZATION_MEMBER but has no acting-for resolver`);
      }
      guarded[typeName][fieldName] = async (parent, args, context, info) => {
        const organizationId =
          rule === 'ORGANIZATION_MEMBER' && context.principal.role === 'MEMBER' && findActingFor
            ? await findActingFor(args, context)
            : undefined;
        const decision = decide(context.principal, rule, organizationId);
        if (decision === 'UNAUTHENTICATED') throw new UnauthenticatedError();
        if (decision === 'FORBIDDEN') throw new ForbiddenError(`You may not call ${fieldName}`);
        return resolve(parent, args, context, info);
      };
    }
  }
  return { ...resolvers, ...guarded };
}
