/**
 * Serves the built web console (web/dist) from the local server, next to
 * /graphql: files by path, index.html for any other extension-less path (the
 * OAuth callback lands on /auth/callback), with the same security headers
 * CloudFront adds in AWS so CSP problems show up locally first.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { contentSecurityPolicy } from '../../web/content-security-policy.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers of every console response (CloudFront's response-headers policy sets the same in AWS). */
export const CONSOLE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': contentSecurityPolicy(),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

/** The file a request path names under root, or undefined when it would leave root. */
export function fileUnder(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, decoded));
  return file === root || file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`) ? file : undefined;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

/**
 * Answers GET/HEAD for a console file; false when the request is not for one
 * (other methods, or a missing file with an extension), so the caller answers 404.
 */
export async function serveConsoleFile(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
): Promise<boolean> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const requested = fileUnder(root, pathname === '/' ? '/index.html' : pathname);
  if (!requested) return false;
  let file = requested;
  if (!(await isFile(file))) {
    // Client-side routes have no extension; missing assets do and stay 404.
    if (extname(pathname) !== '' || !(await isFile(join(root, 'index.html')))) return false;
    file = join(root, 'index.html');
  }
  const hashed = file.includes(`${sep}assets${sep}`);
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    // Vite names assets by content hash: cache them for good; index.html must be revalidated.
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...CONSOLE_SECURITY_HEADERS,
  });
  if (request.method === 'HEAD') {
    response.end();
    return true;
  }
  await new Promise<void>((resolve, reject) => {
    createReadStream(file).on('error', reject).pipe(response).on('finish', resolve);
  });
  return true;
}
