/**
 * The console's Content-Security-Policy, one source for the local server
 * (functions/local/static-files.ts) and CloudFront's response-headers policy
 * (infra/constructs/console.ts): scripts and styles only from the console's own
 * origin (no 'unsafe-inline'), no framing, API calls to the same origin (plus the
 * Cognito domain in AWS, whose token endpoint the PKCE flow calls).
 */
export function contentSecurityPolicy(extraConnectSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${["'self'", ...extraConnectSources].join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
