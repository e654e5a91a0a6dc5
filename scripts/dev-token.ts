/**
 * `npm run dev:token -- <admin|member <organizationId>|partner|user [email]>`
 * prints a bearer token the local server accepts (signed by the local dev
 * issuer). `user <email>` is a person with that verified email (the same
 * subject every time); `member <organizationId>` is a local demo person whom
 * the local server makes a MEMBER of that organization.
 */
import { DEV_ROLES, DevIssuer, type DevRole } from '../functions/local/dev-issuer.js';
import { DEV_ISSUER_KEY_FILE } from './local-paths.js';

const [role, argument] = process.argv.slice(2);
if (!role || !DEV_ROLES.includes(role as DevRole)) {
  console.error(`usage: npm run dev:token -- <${DEV_ROLES.join('|')}> [organizationId for member | email for user]`);
  process.exit(2);
}
try {
  const issuer = await DevIssuer.open(DEV_ISSUER_KEY_FILE);
  console.log(await issuer.sign(role as DevRole, argument));
} catch (error) {
  console.error(`chainfit: ${(error as Error).message}`);
  process.exit(2);
}
