import { readFileSync, statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Template } from 'aws-cdk-lib/assertions';
import { AGENDA_ROUTE_PATH, CALENDAR_IAM_ACTIONS } from '../../infra/chainfit-stack.js';
import { bundledHandlerFile, calendarFunction, graphqlFunction, synthesize, type Synthesis } from './synth.js';

interface Statement {
  Action: string | string[];
  Resource: unknown;
}

/** The .ics agenda's own Lambda behind the API's JWT authorizer (docs/events.md, "Agenda and calendar"). */
describe('the calendar Lambda and its route', () => {
  let synthesis: Synthesis;
  let template: Template;

  beforeAll(() => {
    synthesis = synthesize('dev');
    template = synthesis.template;
  });

  it('serves GET /events/{eventId}/agenda.ics through the same JWT authorizer as /graphql', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (route) => (route as { Properties: { RouteKey: string; AuthorizationType?: string; AuthorizerId?: unknown } }).Properties,
    );
    const agenda = routes.find((route) => route.RouteKey === `GET ${AGENDA_ROUTE_PATH}`);
    const graphql = routes.find((route) => route.RouteKey === 'POST /graphql');
    expect(agenda?.AuthorizationType).toBe('JWT');
    expect(agenda?.AuthorizerId).toEqual(graphql?.AuthorizerId);
  });

  it('only reads the table', () => {
    const role = (calendarFunction(template).properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    const statements = Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: role }] } })).flatMap(
      (policy) => (policy as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument.Statement,
    );
    const dynamo = statements.flatMap((statement) => [statement.Action].flat()).filter((action) => action.startsWith('dynamodb:'));
    expect(dynamo.sort()).toEqual([...CALENDAR_IAM_ACTIONS].sort());
  });

  it('bundles the calendar library, and the GraphQL bundle does not', () => {
    const calendar = readFileSync(bundledHandlerFile(synthesis, 'chainfit event agenda (.ics)'), 'utf8');
    const graphqlFile = bundledHandlerFile(synthesis);
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).not.toContain('GraphQLSchema');
    expect(readFileSync(graphqlFile, 'utf8')).not.toContain('BEGIN:VCALENDAR');
    // Smaller than the GraphQL bundle: no Apollo, no GraphQL.
    expect(calendar.length).toBeLessThan(statSync(graphqlFile).size);
    expect(graphqlFunction(template).logicalId).not.toBe(calendarFunction(template).logicalId);
  });
});
