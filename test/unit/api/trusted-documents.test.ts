import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ManifestError, trustedDocumentsOf } from '../../../functions/api/trusted-documents.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const BODY = 'query Chains { industryChains { id } }';

describe('reading the console safelist (persisted-query manifest)', () => {
  it('trusts the hashes of the listed documents', () => {
    const manifest = {
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [{ id: sha256(BODY), name: 'Chains', type: 'query', body: BODY }],
    };
    expect([...trustedDocumentsOf(manifest)]).toEqual([sha256(BODY)]);
  });

  it('refuses a manifest whose id is not the hash of its body', () => {
    const forged = {
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [{ id: sha256('{ health { status } }'), name: 'Chains', type: 'query', body: BODY }],
    };
    expect(() => trustedDocumentsOf(forged)).toThrow(ManifestError);
  });

  it('refuses something that is not a manifest', () => {
    expect(() => trustedDocumentsOf({ operations: [] })).toThrow('Not an apollo-persisted-query-manifest');
    expect(() => trustedDocumentsOf(null)).toThrow(ManifestError);
  });

  it("loads the committed manifest of web/ (the console's operations, test/unit/web/console-manifest.test.ts)", () => {
    const manifest = JSON.parse(readFileSync('web/persisted-query-manifest.json', 'utf8')) as { operations: unknown[] };
    expect(trustedDocumentsOf(manifest).size).toBe(manifest.operations.length);
    expect(manifest.operations.length).toBeGreaterThan(0);
  });
});
