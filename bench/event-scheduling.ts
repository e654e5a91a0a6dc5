/**
 * Scheduling benchmark: generated expos of 200, 1,000 and 3,000 participants
 * (2 days 09:00-17:00 with a lunch break, 20-minute slots, one table per ~7
 * participants, 7.5 accepted requests per participant) scheduled highest fit
 * first (core/events/scheduler.ts) and first-come-first-served (the same
 * placement without fit order or repairs) in the same run: time, meetings
 * placed, total fit of the placed meetings, and the independent validator's
 * verdict. Written to docs/benchmarks.md (section `event-scheduling`).
 * `npm run bench:events`; part of `npm run bench`.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { scheduleMeetings, type SchedulingOrder } from '../functions/core/events/scheduler.js';
import { scheduleViolations } from '../functions/core/events/schedule-validator.js';
import { schedulingProblemOf } from '../functions/core/events/scheduling-input.js';
import type { SchedulingProblem } from '../functions/core/events/scheduling-problem.js';
import { generateEvent } from '../test/support/event-generator.js';
import { writeBenchmarkSection } from './benchmarks-doc.js';

const SIZES = [200, 1000, 3000] as const;
const RUNS = 3;

interface Measured {
  medianMs: number;
  placed: number;
  totalFit: number;
  violations: number;
}

function measure(problem: SchedulingProblem, order: SchedulingOrder): Measured {
  const times: number[] = [];
  let placements = new Map<string, unknown>();
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const schedule = scheduleMeetings(problem, order);
    times.push(performance.now() - started);
    placements = schedule.placements;
  }
  const schedule = scheduleMeetings(problem, order);
  const hard = scheduleViolations(problem, schedule.placements).filter((v) => v.kind !== 'COULD_HAVE_BEEN_PLACED');
  const totalFit = problem.meetings.filter((m) => placements.has(m.id)).reduce((sum, m) => sum + m.fit, 0);
  return { medianMs: times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0, placed: placements.size, totalFit, violations: hard.length };
}

export function runEventSchedulingBenchmark(): void {
  const load = loadavg()[0]?.toFixed(2) ?? '?';
  const rows: string[] = [];
  for (const participants of SIZES) {
    const tables = Math.round((participants * 30) / 200);
    const acceptedRequests = Math.round(participants * 7.5);
    const generated = generateEvent(`bench-${participants}`, { participants, days: 2, tables, slotMinutes: 20, acceptedRequests });
    const problem = schedulingProblemOf(generated.event, generated.participations, generated.requests);
    const fit = measure(problem, 'HIGHEST_FIT_FIRST');
    const fcfs = measure(problem, 'FIRST_COME_FIRST_SERVED');
    console.log(`${participants} participants: fit-first ${fit.placed} placed in ${fit.medianMs.toFixed(0)} ms; FCFS ${fcfs.placed}`);
    rows.push(
      `| ${participants} | ${tables} | ${acceptedRequests} | ${fit.medianMs.toFixed(0)} ms | ${fcfs.medianMs.toFixed(0)} ms | ${fit.placed} | ${fcfs.placed} | ${fit.totalFit.toFixed(1)} | ${fcfs.totalFit.toFixed(1)} | ${(fit.totalFit / fcfs.totalFit).toFixed(3)} | ${fit.violations} / ${fcfs.violations} |`,
    );
  }
  writeBenchmarkSection(
    'event-scheduling',
    `## Event scheduling (\`npm run bench:events\`, bench/event-scheduling.ts)

Generated expos (test/support/event-generator.ts, seed 15): 2 days 09:00-17:00 with a lunch break, 20-minute slots (42 slots),
one table per ~7 participants, 7.5 accepted requests per participant between random pairs, fit scores independent of request
order; 70% of participants available throughout, 15% one day, 15% mornings only; 6-20 meetings wanted each. The scheduler
(highest fit first, then one-move repairs) against first-come-first-served (request order, earliest free slot) on the same
problem, in the same run; times are the median of ${RUNS} in-memory runs (writing the bookings to DynamoDB is not included).
Hard violations (double booking, unavailability, over limit) are counted by the independent validator
(core/events/schedule-validator.ts) and must be 0. Load average at the start: ${load} (a shared 2-core machine).

| participants | tables | accepted requests | time, fit-first | time, FCFS | placed, fit-first | placed, FCFS | total fit, fit-first | total fit, FCFS | total fit ratio | violations fit / FCFS |
|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) runEventSchedulingBenchmark();
