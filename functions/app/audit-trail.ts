/**
 * The audit trail, an application port: one structured record per mutation
 * call saying who did what, for which organization, when, and how it ended.
 * Built here from the call's principal and outcome only — never from argument
 * values other than identifiers, so no contact details or free text reach the
 * logs. Where records go is the caller's AuditSink (the API logs them:
 * functions/api/audit-log.ts); the GraphQL layer emits them in one place, the
 * Mutation wrapper in functions/api/authorization.ts.
 */
import type { Principal, Role } from '../core/access/principal.js';
import { ChainfitError, type ErrorCode } from '../core/errors.js';

export interface AuditEvent {
  /** `Mutation.<field>`. */
  operation: string;
  role: Role;
  /** The user (members, administrators). */
  subject?: string;
  /** The app client (partner apps). */
  clientId?: string;
  /** The organization the call acts for, when the operation acts for one. */
  actingFor?: string;
  /** Identifier arguments (`id`, `…Id`, `subject`) of the call and of its `input`, truncated; `resultId`: what the call created or returned. */
  targets: Record<string, string>;
  outcome: 'ok' | 'error';
  errorCode?: ErrorCode;
  requestId: string;
  /** ISO-8601 time of the call: its request's clock reading. */
  at: string;
}

/** Where audit records go (a logger in production, an array in tests). */
export type AuditSink = (event: AuditEvent) => void;

/** Identifiers are short; anything longer is hostile input and is cut. */
const MAX_TARGET_LENGTH = 64;
/** `id`, `…Id`, and `subject` (the person a membership operation names). */
const IDENTIFIER_NAME = /^(id|subject|[a-z][a-zA-Z]*Id)$/;

/** Identifier-named string arguments, from the top level and from `input`. */
export function auditTargetsOf(args: Record<string, unknown>): Record<string, string> {
  const targets: Record<string, string> = {};
  const input = args.input;
  const sources = [args, ...(input && typeof input === 'object' && !Array.isArray(input) ? [input as Record<string, unknown>] : [])];
  for (const source of sources) {
    for (const [name, value] of Object.entries(source)) {
      if (IDENTIFIER_NAME.test(name) && typeof value === 'string') targets[name] = value.slice(0, MAX_TARGET_LENGTH);
    }
  }
  return targets;
}

function whoOf(principal: Principal): Pick<AuditEvent, 'role' | 'subject' | 'clientId'> {
  switch (principal.role) {
    case 'ANONYMOUS':
      return { role: principal.role };
    case 'PARTNER':
      return { role: principal.role, clientId: principal.clientId };
    case 'MEMBER':
    case 'ADMIN':
      return { role: principal.role, subject: principal.subject };
  }
}

/** One finished call, as the audit trail needs it. */
export interface AuditedCall {
  operation: string;
  principal: Principal;
  args: Record<string, unknown>;
  actingFor?: string | null | undefined;
  requestId: string;
  /** Undefined when the call succeeded. */
  error?: unknown;
  /** The id of what a successful call created or returned (a registered organization, an invitation). */
  resultId?: string;
  /** The request's clock reading. */
  at: Date;
}

/** The id of a call's result, when it has one (an object with a string `id`). */
export function resultIdOf(result: unknown): string | undefined {
  const id = result && typeof result === 'object' ? (result as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** The audit record of one finished call. */
export function auditEventOf(call: AuditedCall): AuditEvent {
  const failed = call.error !== undefined;
  return {
    operation: call.operation,
    ...whoOf(call.principal),
    ...(call.actingFor ? { actingFor: call.actingFor } : {}),
    targets: { ...auditTargetsOf(call.args), ...(call.resultId ? { resultId: call.resultId.slice(0, MAX_TARGET_LENGTH) } : {}) },
    outcome: failed ? 'error' : 'ok',
    ...(failed ? { errorCode: call.error instanceof ChainfitError ? call.error.code : 'INTERNAL_SERVER_ERROR' } : {}),
    requestId: call.requestId,
    at: call.at.toISOString(),
  };
}
