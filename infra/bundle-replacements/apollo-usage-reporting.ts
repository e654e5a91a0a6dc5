/**
 * Takes the place of `@apollo/usage-reporting-protobuf` (107 kB minified) and
 * `@apollo/utils.usagereporting` in Lambda bundles (aliases in
 * infra/bundling.ts). Only Apollo's usage reporting and inline tracing use
 * them, and functions/api/server.ts installs their "disabled" plugins, so
 * Apollo never loads that code. Should anything reach it anyway, every use
 * fails loudly instead of reporting wrong data.
 */
const notBundled = (): never => {
  throw new Error(
    'Apollo usage reporting is not in this bundle: functions/api/server.ts disables it; remove the aliases in infra/bundling.ts to use it',
  );
};

const absent: Record<string, never> = new Proxy({}, { get: notBundled });

// What @apollo/usage-reporting-protobuf exports and Apollo Server imports.
export const Trace = absent;
export const Report = absent;
export const ReportHeader = absent;
export const google = absent;

// What @apollo/utils.usagereporting exports and Apollo's usage-reporting plugin imports.
export const usageReportingSignature = notBundled;
export const calculateReferencedFieldsByType = notBundled;
