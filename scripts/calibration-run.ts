/**
 * The calibrate command's work, apart from its entry point so tests run it on
 * a table of their own: read every recorded match, fit, report. It writes
 * nothing, to the table or to the weights.
 */
import { calibrate, renderCalibrationReport, type CalibrationReport } from '../functions/core/fit/calibration/calibration.js';
import { DEFAULT_FIT_OPTIONS } from '../functions/core/fit/calibration/logistic-regression.js';
import { allMatches } from '../functions/store/match-history.js';
import type { Store } from '../functions/store/store.js';

export interface CalibrationRun {
  report: CalibrationReport;
  text: string;
}

export async function runCalibration(store: Store, l2: number = DEFAULT_FIT_OPTIONS.l2): Promise<CalibrationRun> {
  const report = calibrate(await allMatches(store.gateway), { ...DEFAULT_FIT_OPTIONS, l2 });
  return { report, text: renderCalibrationReport(report) };
}
