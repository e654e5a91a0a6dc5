/**
 * `npm run dev:token -- <admin|member|partner|user> [organizationId]` prints a
 * bearer token the local server accepts (signed by the local dev issuer).
 */
import { DEV_ROLES, DevIssuer, type DevRole } from '../functions/local/dev-issuer.js';
import { DEV_ISSUER_KEY_FILE } from './local-paths.js';

const [role, organizationId] = process.argv.slice(2);
if (!role || !DEV_ROLES.includes(role as DevRole)) {
  console.error(`usage: npm run dev:token -- <${DEV_ROLES.join('|')}> [organizationId]`);
  process.exit(2);
}
try {
  const issuer = await DevIssuer.open(DEV_ISSUER_KEY_FILE);
  console.log(await issuer.sign(role as DevRole, organizationId));
} catch (error) {
  console.error(`chainfit: ${(error as Error).message}`);
  process.exit(2);
}
