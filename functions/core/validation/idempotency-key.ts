/**
 * Rule: an idempotency key is 8-100 characters of letters, digits and `_.:-`
 * (a UUID fits), so it can sit inside a DynamoDB key unescaped.
 */
import { INPUT_LIMITS } from '../input-limits.js';
import type { FieldProblem } from './field-problems.js';

const KEY = /^[A-Za-z0-9_.:-]+$/;

export function idempotencyKeyProblems(key: string, path: string): FieldProblem[] {
  const { idempotencyKeyMinLength: min, idempotencyKeyMaxLength: max } = INPUT_LIMITS;
  if (key.length < min || key.length > max || !KEY.test(key)) {
    return [{ path, message: `must be ${min}-${max} characters of letters, digits, _ . : -` }];
  }
  return [];
}
