/**
 * Applies the access policy (functions/core/access/policy.ts, decided by
 * functions/app/access.ts) to every root field, so no resolver carries its
 * own role checks, and records the audit trail of every mutation
 * (functions/app/audit-trail.ts) in this one place; identifiers
 * are checked here too, before anything uses them (./identifier-arguments.ts).
 * An operation without a rule fails at server construction: nothing ships
 * unguarded.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { OPERATION_ACCESS, type AccessRule } from '../core/access/policy.js';
import { BadUserInputError } from '../core/errors.js';
import { authorize, needsActingFor } from '../app/access.js';
import { auditEventOf, resultIdOf } from '../app/audit-trail.js';
import { withStoredMemberships } from '../app/principal-memberships.js';
import type { GraphQLContext } from './context.js';
import { identifierProblems } from './identifier-arguments.js';

type RootResolver = (parent: unknown, args: Record<string, unknown>, context: GraphQLContext, info: GraphQLResolveInfo) => unknown;

/**
 * Finds the organization an ORGANIZATION_MEMBER operation acts for, from its
 * arguments (and, where the argument is a collaboration or match id, from the store).
 */
export type ActingForResolver = (args: Record<string, unknown>, context: GraphQLContext) => Promise<string | null | undefined>;

/** Resolvers keyed by type name, then field name. */
export type RootResolvers = Record<string, Record<string, RootResolver>>;

interface GuardedOperation {
  operation: string;
  fieldName: string;
  rule: AccessRule;
  findActingFor?: ActingForResolver;
  resolve: RootResolver;
}

function guard(op: GuardedOperation): RootResolver {
  const audited = op.operation.startsWith('Mutation.');
  return async (parent, args, context, info) => {
    let actingFor: string | null | undefined;
    const audit = (error?: unknown, result?: unknown) => {
      if (!audited) return;
      const { principal, requestId, now } = context;
      const resultId = resultIdOf(result);
      context.audit(
        auditEventOf({
          operation: op.operation,
          principal,
          args,
          actingFor,
          requestId,
          at: now,
          ...(error === undefined ? {} : { error }),
          ...(resultId ? { resultId } : {}),
        }),
      );
    };
    try {
      if (audited && context.membershipsFromCache) {
        // Reads may use memberships the process cached; a mutation decides on what the table holds now.
        context.principal = await withStoredMemberships(context);
        context.membershipsFromCache = false;
      }
      const badIds = identifierProblems(args, info.parentType.getFields()[info.fieldName]?.args ?? []);
      if (badIds.length > 0) throw new BadUserInputError(badIds);
      if (op.findActingFor && needsActingFor(context.principal, op)) actingFor = await op.findActingFor(args, context);
      authorize(context.principal, op, op.fieldName, actingFor);
      const result: unknown = await op.resolve(parent, args, context, info);
      audit(undefined, result);
      return result;
    } catch (error) {
      audit(error);
      throw error;
    }
  };
}

/** The resolvers with every Query and Mutation field guarded; throws at construction for an operation without a rule. */
export function withAuthorization(resolvers: RootResolvers, actingFor: Record<string, ActingForResolver>): RootResolvers {
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
      if ((rule === 'ORGANIZATION_MEMBER' || rule === 'ORGANIZATION_OWNER') && !findActingFor) {
        throw new Error(`${operation} is ${rule} but has no acting-for resolver`);
      }
      guarded[typeName][fieldName] = guard({ operation, fieldName, rule, resolve, ...(findActingFor ? { findActingFor } : {}) });
    }
  }
  return { ...resolvers, ...guarded };
}
