import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STORE_IAM_ACTIONS, STORE_OPERATIONS } from '../../functions/store/table-access.js';

const STORE_DIRECTORY = fileURLToPath(new URL('../../functions/store', import.meta.url));
/**
 * Local and test only: creating and describing tables (in AWS the stack owns the table) and reading
 * DynamoDB Local's stream (in AWS the worker's event source mapping reads it, with the grant the stack gives it).
 */
const ADMINISTRATION_ONLY = new Set(['table-admin.ts', 'local-stream-reader.ts']);

/** lib-dynamodb's document commands → the DynamoDB operation they send. */
const DOCUMENT_COMMANDS: Record<string, string> = {
  GetCommand: 'GetItem',
  PutCommand: 'PutItem',
  UpdateCommand: 'UpdateItem',
  DeleteCommand: 'DeleteItem',
  QueryCommand: 'Query',
  ScanCommand: 'Scan',
  BatchGetCommand: 'BatchGetItem',
  BatchWriteCommand: 'BatchWriteItem',
  TransactGetCommand: 'TransactGetItems',
  TransactWriteCommand: 'TransactWriteItems',
};

function storeSources(): [string, string][] {
  const files = readdirSync(STORE_DIRECTORY, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && !ADMINISTRATION_ONLY.has(f),
  );
  return files.map((file) => [file, readFileSync(join(STORE_DIRECTORY, file), 'utf8')]);
}

/** Operations the store's request-path modules construct commands for (`new XCommand(`). */
function operationsSentByStore(): Set<string> {
  const sent = new Set<string>();
  for (const [, source] of storeSources()) {
    for (const [, command] of source.matchAll(/new\s+(\w+Command)\s*\(/g))
      sent.add(DOCUMENT_COMMANDS[command!] ?? command!.replace(/Command$/, ''));
  }
  return sent;
}

/** IAM checks each part of a TransactWriteItems call as its own action (`{ Delete: {...} }` → DeleteItem). */
function transactionPartActions(): Set<string> {
  const parts = new Set<string>();
  for (const [, source] of storeSources()) {
    for (const [, part] of source.matchAll(/\b(Put|Update|Delete|ConditionCheck)\s*:\s*\{/g)) parts.add(`${part}Item`);
  }
  return parts;
}

describe("the store's DynamoDB access list (IAM grant and alarm dimensions)", () => {
  it('covers every operation a store module sends', () => {
    const sent = operationsSentByStore();
    expect(sent.size).toBeGreaterThan(0);
    const missing = [...sent].filter((operation) => !(STORE_OPERATIONS as readonly string[]).includes(operation));
    expect(missing, 'add the operation to functions/store/table-access.ts (and review the IAM grant)').toEqual([]);
  });

  it('grants the action behind every kind of part the store puts in a transaction', () => {
    const missing = [...transactionPartActions()].filter((action) => !STORE_IAM_ACTIONS.includes(`dynamodb:${action}`));
    expect(missing).toEqual([]);
  });

  it('never grants Scan: no request path scans the table', () => {
    expect(STORE_IAM_ACTIONS).not.toContain('dynamodb:Scan');
    expect(operationsSentByStore().has('Scan')).toBe(false);
  });

  it('grants ConditionCheckItem alongside TransactWriteItems, for transactions with condition checks', () => {
    expect(STORE_IAM_ACTIONS).toEqual([...STORE_OPERATIONS.map((o) => `dynamodb:${o}`), 'dynamodb:ConditionCheckItem']);
  });
});
