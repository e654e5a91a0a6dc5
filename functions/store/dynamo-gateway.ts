/**
 * The one place the store sends requests to DynamoDB. It retries throttling,
 * timeouts and transient transaction conflicts with bounded exponential
 * backoff and full jitter, then fails with a retryable ServiceUnavailableError
 * (or, for a conflict with other transactions that persists, a retryable
 * ConflictError); it also counts requests and consumed capacity (tests and
 * benchmarks read them).
 */
import { ConflictError, ServiceUnavailableError } from '../core/errors.js';

/** What the gateway needs of a client: the DynamoDB document client fits, and tests can wrap it. */
export interface CommandSender {
  send(command: never): Promise<unknown>;
}

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 25, maxDelayMs: 800 };

const RETRYABLE_ERROR_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  // A write touched an item inside a running transaction (a withdraw racing an accept).
  'TransactionConflictException',
  // A retry with the same ClientRequestToken arrived while the first attempt was still running.
  'TransactionInProgressException',
]);

const RETRYABLE_NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN']);

/** Cancellation reasons that mean "try again", as opposed to a failed condition. */
const RETRYABLE_CANCELLATION_CODES = new Set(['ThrottlingError', 'TransactionConflict', 'ProvisionedThroughputExceeded']);

/** Whether a DynamoDB error is transient and the same request may succeed if sent again. */
export function isRetryableDynamoError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (RETRYABLE_ERROR_NAMES.has(error.name)) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && RETRYABLE_NETWORK_CODES.has(code)) return true;
  if (error.name === 'TransactionCanceledException') {
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
    const failed = reasons.filter((r) => r.Code && r.Code !== 'None');
    return failed.length > 0 && failed.every((r) => RETRYABLE_CANCELLATION_CODES.has(r.Code ?? ''));
  }
  return false;
}

/** Whether a retryable error is a conflict with other transactions rather than a capacity or network problem. */
export function isTransactionConflict(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'TransactionConflictException' || error.name === 'TransactionInProgressException') return true;
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return error.name === 'TransactionCanceledException' && reasons.some((r) => r.Code === 'TransactionConflict');
}

/** What a caller sees when a transient error outlasted the retries: CONFLICT for contention, else SERVICE_UNAVAILABLE. */
export function exhaustedRetriesError(error: unknown): ConflictError | ServiceUnavailableError {
  if (isTransactionConflict(error)) {
    return new ConflictError(
      'Other requests kept changing the same items at the same time; retry the request',
      { retryable: true },
      { cause: error },
    );
  }
  return new ServiceUnavailableError(undefined, { cause: error });
}

/** Full-jitter backoff: a random delay in [0, min(max, base * 2^attempt)). */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
}

export interface GatewayStats {
  requests: number;
  retries: number;
  consumedReadCapacity: number;
  consumedWriteCapacity: number;
}

export class DynamoGateway {
  readonly stats: GatewayStats = { requests: 0, retries: 0, consumedReadCapacity: 0, consumedWriteCapacity: 0 };

  constructor(
    private readonly client: CommandSender,
    readonly tableName: string,
    private readonly retryPolicy: RetryPolicy = DEFAULT_RETRY_POLICY,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** Sends one command, retrying transient failures; other errors propagate unchanged. */
  async send<Output>(command: object): Promise<Output> {
    for (let attempt = 0; ; attempt++) {
      this.stats.requests++;
      try {
        const output = (await this.client.send(command as never)) as Output;
        this.recordCapacity(output);
        return output;
      } catch (error) {
        if (!isRetryableDynamoError(error)) throw error;
        if (attempt + 1 >= this.retryPolicy.maxAttempts) {
          throw exhaustedRetriesError(error);
        }
        this.stats.retries++;
        await this.sleep(backoffDelayMs(attempt, this.retryPolicy));
      }
    }
  }

  /**
   * Sends a batch request (BatchGetItem, BatchWriteItem) and re-sends what
   * DynamoDB left unprocessed, waiting as the retry policy says between
   * rounds; after `maxAttempts` rounds with work left, ServiceUnavailableError.
   * @param sendBatch sends one round and returns what is still unprocessed
   */
  async sendUntilProcessed<Request>(requests: Request[], sendBatch: (pending: Request[]) => Promise<Request[]>): Promise<void> {
    let pending = requests;
    for (let round = 0; pending.length > 0; round++) {
      if (round >= this.retryPolicy.maxAttempts) throw new ServiceUnavailableError();
      if (round > 0) {
        this.stats.retries++;
        await this.sleep(backoffDelayMs(round - 1, this.retryPolicy));
      }
      pending = await sendBatch(pending);
    }
  }

  resetStats(): void {
    Object.assign(this.stats, { requests: 0, retries: 0, consumedReadCapacity: 0, consumedWriteCapacity: 0 });
  }

  private recordCapacity(output: unknown): void {
    const consumed = (output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
    const list = Array.isArray(consumed) ? consumed : consumed ? [consumed] : [];
    for (const entry of list as { ReadCapacityUnits?: number; WriteCapacityUnits?: number; CapacityUnits?: number }[]) {
      this.stats.consumedReadCapacity += entry.ReadCapacityUnits ?? 0;
      this.stats.consumedWriteCapacity += entry.WriteCapacityUnits ?? 0;
    }
  }
}
