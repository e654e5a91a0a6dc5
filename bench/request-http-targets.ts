/**
 * The request benchmark's HTTP servers: chainfit's local server (built as
 * `npm start` builds it: dev-issuer tokens verified, rate limiter on) over a
 * store whose client is wrapped to count DynamoDB requests, and the minimal
 * Apollo reference as Apollo's standalone server.
 */
import { startStandaloneServer } from '@apollo/server/standalone';
import type { DevIssuer } from '../functions/local/dev-issuer.js';
import type { DynamoConnection } from '../functions/store/dynamo-client.js';
import type { CommandSender } from '../functions/store/dynamo-gateway.js';
import { createStore } from '../functions/store/store.js';
import { minimalReadServer, referenceDocumentClient } from './fixtures/minimal-apollo-read-server.js';
import { startLocalHttp } from './local-stack.js';
import { driveHttp, type Sample } from './request-drivers.js';
import { bearerTokens, type Caller, type Scenario } from './request-scenarios.js';

export interface HttpTarget {
  warm(scenario: Scenario): Promise<void>;
  drive(scenario: Scenario, seconds: number, connections: number): Promise<Sample>;
  /** DynamoDB requests by operation over `requests` calls of the scenario, one at a time. */
  count(scenario: Scenario, requests: number): Promise<Map<string, number>>;
  close(): Promise<void>;
}

export interface HttpTargetOptions {
  tableName: string;
  connection: DynamoConnection;
  issuer: DevIssuer;
}

/** The document client's command names as DynamoDB operation names (what the Lambda runs' proxy sees). */
const OPERATION_OF_COMMAND: Record<string, string> = {
  GetCommand: 'GetItem',
  BatchGetCommand: 'BatchGetItem',
  UpdateCommand: 'UpdateItem',
  PutCommand: 'PutItem',
  QueryCommand: 'Query',
  ScanCommand: 'Scan',
  TransactWriteCommand: 'TransactWriteItems',
  BatchWriteCommand: 'BatchWriteItem',
};

async function callSequentially(url: string, scenario: Scenario, tokens: (string | undefined)[], requests: number): Promise<void> {
  for (let i = 0; i < requests; i++) {
    const token = tokens[i % tokens.length];
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(scenario.body),
    });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) throw new Error(`${scenario.name} answered ${response.status}: ${text}`);
  }
}

/** Lets background work (rate-limit flushes) started by the last calls reach DynamoDB before counting stops. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

function tokenCache(issuer: DevIssuer): (caller: Caller) => Promise<(string | undefined)[]> {
  const cache = new Map<Caller, Promise<(string | undefined)[]>>();
  return (caller) => {
    if (!cache.has(caller)) cache.set(caller, bearerTokens(issuer, caller));
    return cache.get(caller)!;
  };
}

export async function startChainfitHttp(options: HttpTargetOptions): Promise<HttpTarget> {
  const counts = new Map<string, number>();
  const counting = (client: CommandSender): CommandSender => ({
    send: (command: never) => {
      const operation = OPERATION_OF_COMMAND[(command as object).constructor.name] ?? (command as object).constructor.name;
      counts.set(operation, (counts.get(operation) ?? 0) + 1);
      return client.send(command);
    },
  });
  const store = createStore({ tableName: options.tableName, connection: options.connection, wrapClient: counting });
  const { url, close } = await startLocalHttp({
    store,
    verifyToken: async (token) => options.issuer.verify(token),
    logError: (message, details) => {
      console.error(message, details);
    },
  });
  const tokens = tokenCache(options.issuer);
  return {
    warm: async (scenario) => callSequentially(url, scenario, await tokens(scenario.caller), 50),
    drive: async (scenario, seconds, connections) => driveHttp(url, scenario.body, await tokens(scenario.caller), seconds, connections),
    count: async (scenario, requests) => {
      const callerTokens = await tokens(scenario.caller);
      // One call per credential first, as the timed runs are warmed: a member's first call reads their memberships.
      await callSequentially(url, scenario, callerTokens, callerTokens.length);
      await settle();
      counts.clear();
      await callSequentially(url, scenario, callerTokens, requests);
      await settle();
      return new Map(counts);
    },
    close,
  };
}

export async function startReferenceHttp(options: HttpTargetOptions): Promise<HttpTarget> {
  let getItems = 0;
  const server = minimalReadServer(
    referenceDocumentClient(options.connection.region, options.connection.endpoint),
    options.tableName,
    () => getItems++,
  );
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  // Same request size as chainfit's: the reference ignores the token.
  const tokens = tokenCache(options.issuer);
  return {
    warm: async (scenario) => callSequentially(url, scenario, await tokens('partner'), 50),
    drive: async (scenario, seconds, connections) => driveHttp(url, scenario.body, await tokens('partner'), seconds, connections),
    count: async (scenario, requests) => {
      getItems = 0;
      await callSequentially(url, scenario, await tokens('partner'), requests);
      return new Map([['GetItem', getItems]]);
    },
    close: () => server.stop(),
  };
}
