/**
 * Why a bearer token was refused, for the 401 answer and the log: an expired
 * token (sign in again, or refresh) is told apart from an invalid one
 * (tampered, foreign issuer or audience, malformed), in the WWW-Authenticate
 * form of RFC 6750.
 */

export interface TokenRejection {
  /** Short reason, also logged. */
  reason: 'token expired' | 'token invalid';
  /** The WWW-Authenticate header value. */
  challenge: string;
}

/** Classifies a verification failure (jose names an expired token `ERR_JWT_EXPIRED`). */
export function tokenRejectionOf(error: unknown): TokenRejection {
  const expired = (error as { code?: unknown } | null)?.code === 'ERR_JWT_EXPIRED';
  const reason = expired ? 'token expired' : 'token invalid';
  return { reason, challenge: `Bearer error="invalid_token", error_description="${reason}"` };
}
