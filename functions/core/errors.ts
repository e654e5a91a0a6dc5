/**
 * The typed error hierarchy of chainfit. Every error a client may see is a
 * ChainfitError with one of the documented codes; the GraphQL layer maps them
 * to `extensions.code` in one place (functions/api/error-mapping.ts).
 */

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export abstract class ChainfitError extends Error {
  abstract readonly code: ErrorCode;
  /** Extra, client-safe details placed in `extensions`. */
  readonly details: Record<string, unknown>;

  constructor(message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.details = details;
  }
}

/** One offending input field: a path such as `input.offers[2].segmentId`. */
export interface FieldProblem {
  path: string;
  message: string;
}

export class BadUserInputError extends ChainfitError {
  readonly code = 'BAD_USER_INPUT' as const;
  readonly problems: FieldProblem[];

  constructor(problems: FieldProblem[] | string, path?: string) {
    const list = typeof problems === 'string' ? [{ path: path ?? 'input', message: problems }] : problems;
    super(list.map((p) => `${p.path}: ${p.message}`).join('; '), {
      field: list[0]?.path,
      problems: list,
    });
    this.problems = list;
  }
}

export class UnauthenticatedError extends ChainfitError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message = 'A valid credential is required for this operation') {
    super(message);
  }
}

export class ForbiddenError extends ChainfitError {
  readonly code = 'FORBIDDEN' as const;
  constructor(message = 'You are not allowed to perform this operation', details: Record<string, unknown> = {}) {
    super(message, details);
  }
}

export class NotFoundError extends ChainfitError {
  readonly code = 'NOT_FOUND' as const;
  constructor(what: string, id: string) {
    super(`${what} ${id} was not found`, { id });
  }
}

export class ConflictError extends ChainfitError {
  readonly code = 'CONFLICT' as const;
}

/** A dependency (DynamoDB) stayed unavailable after bounded retries; the client may retry. */
export class ServiceUnavailableError extends ChainfitError {
  readonly code = 'SERVICE_UNAVAILABLE' as const;
  constructor(message = 'The service is temporarily unavailable; retry the request', options?: { cause?: unknown }) {
    super(message, { retryable: true }, options);
  }
}

/** The credential used up its request allowance for the current window; retry after `retryAfterSeconds`. */
export class RateLimitedError extends ChainfitError {
  readonly code = 'RATE_LIMITED' as const;
  constructor(retryAfterSeconds: number) {
    super(`Too many requests for this credential; retry in ${retryAfterSeconds} s`, { retryable: true, retryAfterSeconds });
  }
}
