/**
 * The local development token issuer. On first use it generates an ES256 key
 * pair in a git-ignored folder; `npm run dev:token` signs tokens with it and
 * the local server verifies them. Claims have the shape Cognito gives (and
 * API Gateway's JWT authorizer forwards), so principalFromClaims treats local
 * and cloud callers alike.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair, importJWK, jwtVerify, type JWK, type JWTPayload } from 'jose';
import { ADMIN_GROUP, PARTNER_READ_SCOPE } from '../core/access/principal.js';

export const DEV_ISSUER = 'chainfit-dev-issuer';
export const DEV_AUDIENCE = 'chainfit-local';
const ALGORITHM = 'ES256';
const TOKEN_LIFETIME = '12h';

export type DevRole = 'admin' | 'member' | 'partner' | 'user';

/**
 * Names the organization a dev `member` token's person must belong to. Only
 * the local server reads it (functions/local/dev-memberships.ts), to make the
 * membership exist; principalFromClaims never does, in AWS or locally.
 */
export const DEV_MEMBERSHIP_CLAIM = 'chainfit:dev-member-of';

/** A stable subject for an email, so every token for one address is the same person. */
export function devSubjectOf(email: string): string {
  return `dev-user-${createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 24)}`;
}

/** The email of the local demo person a `member <organizationId>` token stands for. */
export const devMemberEmailOf = (organizationId: string): string => `member-of-${organizationId}@dev.chainfit.local`;
export const DEV_ROLES: DevRole[] = ['admin', 'member', 'partner', 'user'];

interface KeyFile {
  privateJwk: JWK;
  publicJwk: JWK;
}

type SigningKey = Awaited<ReturnType<typeof importJWK>>;

export class DevIssuer {
  // Imported once per issuer, not per token: importing a JWK costs more than verifying an ES256 signature.
  private privateKey?: Promise<SigningKey>;
  private publicKey?: Promise<SigningKey>;

  private constructor(private readonly keys: KeyFile) {}

  /** Loads the key pair from `keyPath`, generating it on first use. */
  static async open(keyPath: string): Promise<DevIssuer> {
    if (existsSync(keyPath)) return new DevIssuer(JSON.parse(await readFile(keyPath, 'utf8')) as KeyFile);
    const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    const keys: KeyFile = { privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
    await mkdir(dirname(keyPath), { recursive: true });
    await writeFile(keyPath, JSON.stringify(keys), { mode: 0o600 });
    return new DevIssuer(keys);
  }

  /**
   * Claims a token of this role carries, shaped like Cognito's ID token.
   * `argument`: the organization id of `member`, the email of `user`; `partnerApp`: the app client of `partner`.
   */
  static claimsFor(role: DevRole, argument?: string, partnerApp = 'dev-partner-app'): JWTPayload {
    switch (role) {
      case 'admin':
        return { sub: `dev-admin-${randomUUID()}`, token_use: 'id', 'cognito:username': 'dev-admin', 'cognito:groups': [ADMIN_GROUP] };
      case 'member': {
        if (!argument) throw new Error('A member token needs an organization id: npm run dev:token -- member <organizationId>');
        const email = devMemberEmailOf(argument);
        return {
          sub: devSubjectOf(email),
          token_use: 'id',
          'cognito:username': email,
          email,
          email_verified: true,
          [DEV_MEMBERSHIP_CLAIM]: argument,
        };
      }
      case 'user':
        if (!argument) return { sub: `dev-user-${randomUUID()}`, token_use: 'id', 'cognito:username': 'dev-user' };
        return {
          sub: devSubjectOf(argument),
          token_use: 'id',
          'cognito:username': argument.trim().toLowerCase(),
          email: argument.trim().toLowerCase(),
          email_verified: true,
        };
      case 'partner':
        return { sub: partnerApp, token_use: 'access', client_id: partnerApp, scope: PARTNER_READ_SCOPE };
    }
  }

  /** Signs a token of `role`; `partnerApp` names the app client of a partner token (several apps are counted apart). */
  async sign(role: DevRole, argument?: string, partnerApp?: string): Promise<string> {
    return this.signClaims(DevIssuer.claimsFor(role, argument, partnerApp));
  }

  /** Signs given claims (e.g. a role's claims with another subject: benchmarks rotating over many people). */
  async signClaims(claims: JWTPayload): Promise<string> {
    this.privateKey ??= importJWK(this.keys.privateJwk, ALGORITHM);
    const key = await this.privateKey;
    return new SignJWT(claims)
      .setProtectedHeader({ alg: ALGORITHM })
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(TOKEN_LIFETIME)
      .sign(key);
  }

  /** Verifies signature, issuer, audience and expiry; throws on any failure. */
  async verify(token: string): Promise<JWTPayload> {
    this.publicKey ??= importJWK(this.keys.publicJwk, ALGORITHM);
    const key = await this.publicKey;
    const { payload } = await jwtVerify(token, key, { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, algorithms: [ALGORITHM] });
    return payload;
  }
}
