/**
 * The console's trusted-document manifest is generated from its typed
 * operations (scripts/console-manifest.ts), and the console names itself so the
 * production API applies it. The production check of every listed operation is
 * in test/integration/trusted-documents.test.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLIENT_NAME_HEADER, CONSOLE_CLIENT_NAME, trustedDocumentsOf } from '../../../functions/api/trusted-documents.js';
import { CONSOLE_MANIFEST, consoleDocuments, consoleManifestOf, renderConsoleManifest } from '../../../scripts/console-manifest.js';
import { CONSOLE_CLIENT_NAME as CLIENT_NAME_SENT, execute } from '../../../web/src/api/client.js';
import { SegmentNameDocument } from '../../../web/src/generated/graphql.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe("the console's trusted-document manifest", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is current: web/persisted-query-manifest.json is what npm run manifest:web generates', async () => {
    expect(readFileSync(CONSOLE_MANIFEST, 'utf8')).toBe(await renderConsoleManifest());
  });

  it('lists every operation of the console by the hash of the text the console sends, and no fragment', async () => {
    const documents = await consoleDocuments();
    const manifest = consoleManifestOf(documents);
    const operations = documents.filter((body) => /^\s*(query|mutation|subscription)\b/.test(body));
    expect(manifest.operations.map((operation) => operation.id).sort()).toEqual(operations.map(sha256).sort());
    expect(manifest.operations.map((operation) => operation.name)).toContain('SegmentName');
    expect(trustedDocumentsOf(manifest).has(sha256(SegmentNameDocument.toString()))).toBe(true);
  });

  it('is sent to by a console that names itself chainfit-console', async () => {
    const fetchStub = vi.fn((_url: string, _init: RequestInit) => Promise.resolve(Response.json({ data: { segment: null } })));
    vi.stubGlobal('fetch', fetchStub);
    await execute({ url: 'http://localhost/graphql', locale: 'en' }, SegmentNameDocument, { id: 'battery-cells', locale: 'en' });
    const init = fetchStub.mock.calls[0]?.[1];
    expect(CLIENT_NAME_SENT).toBe(CONSOLE_CLIENT_NAME);
    expect((init?.headers as Record<string, string>)[CLIENT_NAME_HEADER]).toBe(CONSOLE_CLIENT_NAME);
    expect(JSON.parse(init?.body as string).query).toBe(SegmentNameDocument.toString());
  });
});
