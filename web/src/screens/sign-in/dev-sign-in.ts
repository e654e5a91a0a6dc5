/** The local server's development sign-in (functions/local/dev-sign-in.ts): the same tokens as `npm run dev:token`. */
import type { DevAuthConfig } from '../../api/config.js';

/** Roles the development sign-in offers (a partner app is a machine, not a console user). */
export const DEV_SIGN_IN_ROLES = ['member', 'user', 'admin'] as const;
export type DevSignInRole = (typeof DEV_SIGN_IN_ROLES)[number];

/**
 * Asks the local server for a token: a member's names the organization the
 * local server makes them a member of; a user's may carry a verified email.
 */
export async function devSignIn(
  config: DevAuthConfig,
  role: DevSignInRole,
  details: { organizationId?: string; email?: string } = {},
): Promise<string> {
  const body =
    role === 'member'
      ? { role, organizationId: details.organizationId }
      : role === 'user' && details.email
        ? { role, email: details.email }
        : { role };
  const response = await fetch(config.signInPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json().catch(() => ({}))) as { token?: string; message?: string };
  if (!response.ok || !answer.token) throw new Error(answer.message ?? `HTTP ${response.status}`);
  return answer.token;
}
