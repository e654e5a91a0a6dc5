/**
 * Benchmark-only client wrapper: asks DynamoDB for ReturnConsumedCapacity
 * TOTAL on every read and adds up the CapacityUnits it reports. DynamoDB Local
 * may or may not report capacity; `reported` says whether it did.
 */
import type { CommandSender } from '../functions/store/dynamo-gateway.js';

const READS = new Set(['QueryCommand', 'ScanCommand', 'GetCommand', 'BatchGetCommand']);

export interface CapacityMeter {
  readUnits: number;
  /** Responses that carried ConsumedCapacity. */
  reported: number;
  reset(): void;
}

export function capacityMeter(): CapacityMeter {
  return {
    readUnits: 0,
    reported: 0,
    reset() {
      this.readUnits = 0;
      this.reported = 0;
    },
  };
}

function unitsOf(consumed: unknown): number | undefined {
  const list = Array.isArray(consumed) ? consumed : consumed ? [consumed] : [];
  if (list.length === 0) return undefined;
  return (list as { CapacityUnits?: number }[]).reduce((sum, entry) => sum + (entry.CapacityUnits ?? 0), 0);
}

export function measuringCapacity(meter: CapacityMeter): (client: CommandSender) => CommandSender {
  return (client) => ({
    async send(command: never): Promise<unknown> {
      const named = command as { constructor: { name: string }; input?: Record<string, unknown> };
      if (READS.has(named.constructor.name) && named.input) named.input.ReturnConsumedCapacity = 'TOTAL';
      const output = (await client.send(command)) as { ConsumedCapacity?: unknown } | undefined;
      const units = unitsOf(output?.ConsumedCapacity);
      if (units !== undefined) {
        meter.readUnits += units;
        meter.reported++;
      }
      return output;
    },
  });
}
