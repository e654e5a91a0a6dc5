/**
 * Starts ONE local server for the browser tests, exactly as `npm start -- --in-memory`
 * runs it, on a free port, and stops it (and its Java) after the run.
 */
import type { TestProject } from 'vitest/node';
import { startLocalServerProcess } from '../../../scripts/local-server-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    consoleUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startLocalServerProcess();
  project.provide('consoleUrl', server.url);
  return () => server.stop();
}
