import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  DEFAULT_RETRY_POLICY,
  DynamoGateway,
  isRetryableDynamoError,
  type CommandSender,
  type RetryPolicy,
} from '../../functions/store/dynamo-gateway.js';
import { ConflictError, ServiceUnavailableError } from '../../functions/core/errors.js';

/** An error shaped as the AWS SDK throws it: the exception name is the error's name. */
function awsError(name: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(`${name} (injected)`), { name, ...extra });
}

function cancelled(...codes: string[]): Error {
  return awsError('TransactionCanceledException', { CancellationReasons: codes.map((Code) => ({ Code })) });
}

/** A sender that fails with the given errors in turn, then answers. Records every attempt. */
function scriptedSender(failures: Error[], answer: unknown = { ok: true }): CommandSender & { attempts: number } {
  const queue = [...failures];
  return {
    attempts: 0,
    async send() {
      this.attempts++;
      const failure = queue.shift();
      if (failure) throw failure;
      return answer;
    },
  };
}

const POLICY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 50 };

function gatewayOver(sender: CommandSender, sleeps: number[]): DynamoGateway {
  return new DynamoGateway(sender, 'table', POLICY, async (ms) => {
    sleeps.push(ms);
  });
}

describe('which DynamoDB errors are retried', () => {
  it.each([
    'ProvisionedThroughputExceededException',
    'ThrottlingException',
    'RequestLimitExceeded',
    'InternalServerError',
    'ServiceUnavailable',
    'TimeoutError',
    'RequestTimeout',
    'TransactionConflictException',
    'TransactionInProgressException',
  ])('retries %s', (name) => {
    expect(isRetryableDynamoError(awsError(name))).toBe(true);
  });

  it.each(['ECONNRESET', 'ETIMEDOUT', 'EPIPE'])('retries the network failure %s', (code) => {
    expect(isRetryableDynamoError(Object.assign(new Error('socket'), { code }))).toBe(true);
  });

  it.each([
    ['a throttled transaction', cancelled('None', 'ThrottlingError'), true],
    ['a transaction that conflicted with another', cancelled('TransactionConflict', 'None'), true],
    ['a transaction whose condition failed', cancelled('ConditionalCheckFailed', 'None'), false],
    ['a transaction with a failed condition and a throttled item', cancelled('ConditionalCheckFailed', 'ThrottlingError'), false],
    ['a cancellation without reasons', cancelled(), false],
  ])('decides for %s', (_name, error, retryable) => {
    expect(isRetryableDynamoError(error)).toBe(retryable);
  });

  it.each([
    ['a failed condition', awsError('ConditionalCheckFailedException')],
    ['a validation error', awsError('ValidationException')],
    ['a missing table', awsError('ResourceNotFoundException')],
    ['a plain bug', new TypeError('x is undefined')],
    ['a thrown string', 'boom'],
  ])('does not retry %s', (_name, error) => {
    expect(isRetryableDynamoError(error)).toBe(false);
  });
});

describe('full-jitter backoff', () => {
  it('grows the ceiling exponentially from the base delay', () => {
    const ceiling = (attempt: number) => backoffDelayMs(attempt, DEFAULT_RETRY_POLICY, () => 0.999999);
    expect([0, 1, 2, 3].map(ceiling)).toEqual([24, 49, 99, 199]);
  });

  it('never exceeds the maximum delay', () => {
    expect(backoffDelayMs(30, DEFAULT_RETRY_POLICY, () => 0.999999)).toBeLessThan(DEFAULT_RETRY_POLICY.maxDelayMs);
  });

  it('may retry at once (jitter reaches zero)', () => {
    expect(backoffDelayMs(3, DEFAULT_RETRY_POLICY, () => 0)).toBe(0);
  });
});

describe('the gateway under transient and persistent faults', () => {
  it('retries a throttled request and returns the eventual answer', async () => {
    const sender = scriptedSender([awsError('ThrottlingException'), awsError('TimeoutError')], { Item: { pk: 'x' } });
    const sleeps: number[] = [];
    const gateway = gatewayOver(sender, sleeps);
    await expect(gateway.send({})).resolves.toEqual({ Item: { pk: 'x' } });
    expect(sender.attempts).toBe(3);
    expect(sleeps).toHaveLength(2);
    expect(gateway.stats).toMatchObject({ requests: 3, retries: 2 });
  });

  it('gives up after maxAttempts with a retryable SERVICE_UNAVAILABLE that keeps the cause', async () => {
    const failures = Array.from({ length: 10 }, () => awsError('ProvisionedThroughputExceededException'));
    const sender = scriptedSender(failures);
    const sleeps: number[] = [];
    const error = await gatewayOver(sender, sleeps)
      .send({})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as ServiceUnavailableError).details).toEqual({ retryable: true });
    expect(((error as ServiceUnavailableError).cause as Error).name).toBe('ProvisionedThroughputExceededException');
    expect(sender.attempts).toBe(POLICY.maxAttempts);
    expect(sleeps).toHaveLength(POLICY.maxAttempts - 1);
    expect(sleeps.every((ms) => ms >= 0 && ms < POLICY.maxDelayMs)).toBe(true);
  });

  it('gives up on contention that persists with a retryable CONFLICT that keeps the cause', async () => {
    const sender = scriptedSender(Array.from({ length: 10 }, () => awsError('TransactionConflictException')));
    const error = await gatewayOver(sender, [])
      .send({})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).details).toEqual({ retryable: true });
    expect(((error as ConflictError).cause as Error).name).toBe('TransactionConflictException');
    expect(sender.attempts).toBe(POLICY.maxAttempts);
  });

  it('passes a failed transaction condition through at once, unretried', async () => {
    const failure = cancelled('ConditionalCheckFailed', 'None');
    const sender = scriptedSender([failure]);
    const sleeps: number[] = [];
    await expect(gatewayOver(sender, sleeps).send({})).rejects.toBe(failure);
    expect(sender.attempts).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('retries a transaction cancelled only by throttling', async () => {
    const sender = scriptedSender([cancelled('ThrottlingError', 'None')]);
    await expect(gatewayOver(sender, []).send({})).resolves.toEqual({ ok: true });
    expect(sender.attempts).toBe(2);
  });

  it('counts consumed capacity of every answer', async () => {
    const sender = scriptedSender([], { ConsumedCapacity: [{ WriteCapacityUnits: 2 }, { ReadCapacityUnits: 0.5, WriteCapacityUnits: 1 }] });
    const gateway = gatewayOver(sender, []);
    await gateway.send({});
    expect(gateway.stats).toMatchObject({ consumedReadCapacity: 0.5, consumedWriteCapacity: 3 });
  });
});

describe('batch requests with unprocessed items', () => {
  /** A batch sender that leaves the last `leftover[round]` requests unprocessed in each round. */
  function leavingUnprocessed(leftover: number[]) {
    const rounds: string[][] = [];
    const sendBatch = async (pending: string[]) => {
      rounds.push(pending);
      const left = leftover[rounds.length - 1] ?? 0;
      return left > 0 ? pending.slice(-left) : [];
    };
    return { rounds, sendBatch };
  }

  it('re-sends only what was left unprocessed, after a backoff of the gateway’s policy', async () => {
    const sleeps: number[] = [];
    const gateway = gatewayOver(scriptedSender([]), sleeps);
    const batch = leavingUnprocessed([2, 1]);
    await gateway.sendUntilProcessed(['a', 'b', 'c'], batch.sendBatch);
    expect(batch.rounds).toEqual([['a', 'b', 'c'], ['b', 'c'], ['c']]);
    expect(sleeps).toHaveLength(2);
    expect(sleeps.every((ms) => ms >= 0 && ms < POLICY.maxDelayMs)).toBe(true);
    expect(gateway.stats.retries).toBe(2);
  });

  it('gives up after the policy’s maxAttempts rounds with a retryable SERVICE_UNAVAILABLE', async () => {
    const sleeps: number[] = [];
    const batch = leavingUnprocessed(Array.from({ length: 10 }, () => 1));
    const error = await gatewayOver(scriptedSender([]), sleeps)
      .sendUntilProcessed(['a'], batch.sendBatch)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(batch.rounds).toHaveLength(POLICY.maxAttempts);
    expect(sleeps).toHaveLength(POLICY.maxAttempts - 1);
  });
});
