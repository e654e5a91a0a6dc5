/**
 * What the partner-search resolvers pass from parent to child (the codegen
 * mappers of FitReason and PolicyMeasure): a fit-model object and the locale
 * its names render in, like ./industry-chain-views.ts does for the model.
 */
import type { Evidence } from '../core/fit/direction-evidence.js';
import type { PolicyMeasure } from '../core/industry-chain/model-types.js';
import type { Locale } from '../core/vocabulary.js';

export interface FitReasonView {
  evidence: Evidence;
  locale: Locale;
}

export interface PolicyMeasureView {
  policy: PolicyMeasure;
  locale: Locale;
}
