/**
 * Request limits, defined once; docs/security.md lists them.
 */

/** Largest request body accepted (bytes). Larger requests get HTTP 413. */
export const MAX_REQUEST_BODY_BYTES = 64 * 1024;
