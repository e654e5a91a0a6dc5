/**
 * Fault injection for connected tests: wraps the real DynamoDB client (via
 * `createTestTable(...).storeWith({ wrapClient })`) and makes chosen commands
 * fail the way DynamoDB does — before reaching the table, or after the table
 * applied them (a lost response) — or pause them while the test changes the
 * table (a race between a request's read and its write), while everything else
 * reaches DynamoDB Local.
 */
import type { CommandSender } from '../../functions/store/dynamo-gateway.js';

/** An error shaped as the AWS SDK throws it (the exception name is the error's name). */
export function awsError(name: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(`${name} (injected)`), { name, $fault: 'server', ...extra });
}

/** A TransactionCanceledException with one reason per transaction item. */
export function transactionCancelled(...codes: string[]): Error {
  return awsError('TransactionCanceledException', { CancellationReasons: codes.map((Code) => ({ Code })) });
}

export interface Fault {
  /** Command class name, e.g. TransactWriteCommand, GetCommand, BatchGetCommand. */
  command: string;
  /** The error to fail with; without one the command is only paused (see `pause`) and then sent. */
  error?: () => Error;
  /** How many matching sends fail; Infinity for a persistent fault. */
  times: number;
  /** Send the command first and fail afterwards, as when the response is lost. */
  afterApplying?: boolean;
  /** Runs before the command is sent, e.g. another request's write landing between a read and this write. */
  pause?: () => Promise<void>;
}

export interface FaultInjector {
  wrap: (client: CommandSender) => CommandSender;
  /** Replaces the active faults (none: every command passes). */
  inject(...faults: Fault[]): void;
  /** Sends of each command class since the last inject(). */
  sends: Record<string, number>;
  /** Failures injected since the last inject(). */
  injected: number;
}

export function faultInjector(): FaultInjector {
  let active: (Fault & { left: number })[] = [];
  const injector: FaultInjector = {
    sends: {},
    injected: 0,
    inject(...faults) {
      active = faults.map((fault) => ({ ...fault, left: fault.times }));
      injector.sends = {};
      injector.injected = 0;
    },
    wrap: (client) => ({
      async send(command: never) {
        const name = (command as object).constructor.name;
        injector.sends[name] = (injector.sends[name] ?? 0) + 1;
        const fault = active.find((candidate) => candidate.command === name && candidate.left > 0);
        if (!fault) return client.send(command);
        fault.left--;
        if (fault.pause) await fault.pause();
        if (!fault.error) return client.send(command);
        injector.injected++;
        if (fault.afterApplying) await client.send(command);
        throw fault.error();
      },
    }),
  };
  return injector;
}
