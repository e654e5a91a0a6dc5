import { describe, expect, it } from 'vitest';
import { javaMajorVersion } from '../../scripts/dynamodb-local.js';

describe('reading the Java version DynamoDB Local needs', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "11.0.22" 2024-01-16 LTS', 11],
  ])('reads %s as Java %i', (output, major) => {
    expect(javaMajorVersion(output)).toBe(major);
  });

  it('answers null for output it cannot read', () => {
    expect(javaMajorVersion('command not found')).toBeNull();
  });
});
