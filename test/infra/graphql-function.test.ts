import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { STORE_IAM_ACTIONS } from '../../functions/store/table-access.js';
import { graphqlFunction, synthesize } from './synth.js';

interface Statement {
  Action: string | string[];
  Resource: unknown;
  Effect: string;
}

/** The statements of the policies attached to the GraphQL function's role. */
function statementsOf(template: Template): Statement[] {
  const [roleId] = (graphqlFunction(template).properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'];
  type Policy = { Properties: { Roles: { Ref: string }[]; PolicyDocument: { Statement: Statement[] } } };
  return (Object.values(template.findResources('AWS::IAM::Policy')) as Policy[])
    .filter((policy) => policy.Properties.Roles.some((role) => role.Ref === roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

const actionsOf = (statement: Statement): string[] => [statement.Action].flat();
const resourcesOf = (statement: Statement): unknown[] => [statement.Resource].flat();

describe('the GraphQL Lambda', () => {
  let dev: Template;
  let prod: Template;
  let tableLogicalId: string;

  beforeAll(() => {
    dev = synthesize('dev', { bundle: false }).template;
    prod = synthesize('prod', { bundle: false }).template;
    tableLogicalId = Object.keys(dev.findResources('AWS::DynamoDB::GlobalTable'))[0] ?? '';
  });

  it('runs the bundled ESM handler on Node 22, arm64, 1024 MB, 10 s timeout', () => {
    dev.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: 1024,
      Timeout: 10,
    });
  });

  it('traces with X-Ray and logs JSON into its own log group', () => {
    const { properties } = graphqlFunction(dev);
    expect(properties.TracingConfig).toEqual({ Mode: 'Active' });
    expect(properties.LoggingConfig).toMatchObject({
      LogFormat: 'JSON',
      ApplicationLogLevel: 'INFO',
      LogGroup: { Ref: expect.any(String) },
    });
  });

  it('keeps its logs 30 days in dev and a year in prod', () => {
    for (const [template, days] of [
      [dev, 30],
      [prod, 365],
    ] as const) {
      const logGroupId = (graphqlFunction(template).properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(template.findResources('AWS::Logs::LogGroup')[logGroupId]?.Properties).toMatchObject({ RetentionInDays: days });
    }
  });

  it('gets production mode, the table name and a cursor secret derived from the stack id', () => {
    expect(graphqlFunction(dev).properties.Environment).toEqual({
      Variables: {
        NODE_ENV: 'production',
        TABLE_NAME: { Ref: tableLogicalId },
        CURSOR_SECRET: { 'Fn::Select': [2, { 'Fn::Split': ['/', { Ref: 'AWS::StackId' }] }] },
      },
    });
  });

  it("may call exactly the store's DynamoDB actions, on this table and its indexes only", () => {
    const dynamo = statementsOf(dev).filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));
    expect(dynamo).toHaveLength(1);
    expect(actionsOf(dynamo[0]!).sort()).toEqual([...STORE_IAM_ACTIONS].sort());
    expect(resourcesOf(dynamo[0]!)).toEqual([
      { 'Fn::GetAtt': [tableLogicalId, 'Arn'] },
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': [tableLogicalId, 'Arn'] }, '/index/*']] },
    ]);
  });

  it('is granted no wildcard action anywhere and no "*" resource on DynamoDB', () => {
    const statements = statementsOf(dev);
    expect(statements.flatMap(actionsOf).filter((action) => action.includes('*'))).toEqual([]);
    const dynamo = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));
    expect(dynamo.flatMap(resourcesOf)).not.toContain('*');
  });

  it('uses no AWS managed policy (logs are granted on its own log group only)', () => {
    dev.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
    const logs = statementsOf(dev).filter((s) => actionsOf(s).some((a) => a.startsWith('logs:')));
    expect(logs.flatMap(resourcesOf)).toEqual([{ 'Fn::GetAtt': [expect.stringMatching(/^GraphQLLogs/), 'Arn'] }]);
  });

  it('reserves concurrency, so abusive traffic is throttled by Lambda before it takes the account’s whole concurrency', () => {
    expect(graphqlFunction(prod).properties.ReservedConcurrentExecutions).toBe(100);
    expect(graphqlFunction(dev).properties.ReservedConcurrentExecutions).toBe(10);
  });
});
