/**
 * Applies the access policy (functions/core/access/policy.ts) to every root
 * field, so no resolver carries its own role checks, and records the audit
 * trail of every mutation (./audit-log.ts) in this one place; identifiers
 * are checked here too, before anything uses them (./identifier-arguments.ts).
 * An operation without a rule fails at server construction: nothing ships
 * unguarded.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { decide, OPERATION_ACCESS, type AccessRule } from '../core/access/policy.js';
import { BadUserInputError, ForbiddenError, UnauthenticatedError } from '../core/errors.js';
import type { GraphQLContext } from './context.js';
import { auditEventOf } from './audit-log.js';
import { identifierProblems } from './identifier-arguments.js';

type RootResolver = (parent: unknown, args: Record<string, unknown>, context: GraphQLContext, info: GraphQLResolveInfo) => unknown;

/**
 * Finds the organization an ORGANIZATION_MEMBER operation acts for, from its
 * arguments (and, where the argument is a posting or match id, from the store).
 */
export type ActingForResolver = (args: Record<string, unknown>, context: GraphQLContext) => Promise<string | null | undefined>;

export type RootResolvers = Record<string, Record<string, RootResolver>>;

interface GuardedOperation {
  operation: string;
  fieldName: string;
  rule: AccessRule;
  findActingFor?: ActingForResolver;
  resolve: RootResolver;
}

/** Members need it for the decision; for administrators' mutations it only feeds the audit trail. */
function needsActingFor(guard: GuardedOperation, context: GraphQLContext): boolean {
  if (guard.rule !== 'ORGANIZATION_MEMBER' || !guard.findActingFor) return false;
  return context.principal.role === 'MEMBER' || (context.principal.role === 'ADMIN' && guard.operation.startsWith('Mutation.'));
}

function guard(op: GuardedOperation): RootResolver {
  const audited = op.operation.startsWith('Mutation.');
  return async (parent, args, context, info) => {
    let actingFor: string | null | undefined;
    try {
      const badIds = identifierProblems(args, info.parentType.getFields()[info.fieldName]?.args ?? []);
      if (badIds.length > 0) throw new BadUserInputError(badIds);
      actingFor = needsActingFor(op, context) ? await op.findActingFor?.(args, context) : undefined;
      const decision = decide(context.principal, op.rule, actingFor);
      if (decision === 'UNAUTHENTICATED') throw new UnauthenticatedError();
      if (decision === 'FORBIDDEN') throw new ForbiddenError(`You may not call ${op.fieldName}`);
      const result: unknown = await op.resolve(parent, args, context, info);
      if (audited) context.audit(auditEventOf({ operation: op.operation, principal: context.principal, args, actingFor, requestId: context.requestId, at: new Date() }));
      return result;
    } catch (error) {
      if (audited) context.audit(auditEventOf({ operation: op.operation, principal: context.principal, args, actingFor, requestId: context.requestId, error, at: new Date() }));
      throw error;
    }
  };
}

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
      guarded[typeName][fieldName] = guard({ operation, fieldName, rule, resolve, ...(findActingFor ? { findActingFor } : {}) });
    }
  }
  return { ...resolvers, ...guarded };
}
