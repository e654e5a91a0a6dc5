/**
 * Source of the CloudFront Function in front of the console's bucket (viewer
 * request, cloudfront-js-2.0): sends client-side routes such as the OAuth
 * callback /auth/callback to index.html, leaving files (a dot in the last path
 * segment) alone. Only the default (bucket) behaviour runs it, so API errors on
 * /graphql are never rewritten. It holds no stage values: the Cognito client id
 * would make it depend on the client, whose callback URL depends on the distribution.
 */
export const CONSOLE_EDGE_FUNCTION_CODE = `function handler(event) {
  var request = event.request;
  var last = request.uri.split('/').pop();
  if (last.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}
`;
