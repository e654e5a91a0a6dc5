/** The local server's development sign-in (functions/local/dev-sign-in.ts): the same tokens as `npm run dev:token`. */
import type { DevAuthConfig } from '../../api/config.js';

/** Roles the development sign-in offers (a partner app is a machine, not a console user). */
export const DEV_SIGN_IN_ROLES = ['member', 'user', 'admin'] as const;
export type DevSignInRole = (typeof DEV_SIGN_IN_ROLES)[number];

/** Asks the local server for a token. */
export async function devSignIn(config: DevAuthConfig, role: DevSignInRole, organizationId?: string): Promise<string> {
  const response = await fetch(config.signInPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(role === 'member' ? { role, organizationId } : { role }),
  });
  const body = (await response.json().catch(() => ({}))) as { token?: string; message?: string };
  if (!response.ok || !body.token) throw new Error(body.message ?? `HTTP ${response.status}`);
  return body.token;
}
