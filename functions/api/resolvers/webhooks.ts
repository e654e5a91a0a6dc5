/**
 * Partner webhook operations (administrators only): map arguments, call the
 * use cases (functions/app/webhooks.ts).
 */
import { deleteWebhook, listWebhooks, registerWebhook } from '../../app/webhooks.js';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers-types.js';

export const webhookQueries: Pick<QueryResolvers, 'webhooks'> = {
  webhooks: (_parent, _args, context) => listWebhooks(context),
};

export const webhookMutations: Pick<MutationResolvers, 'registerWebhook' | 'deleteWebhook'> = {
  registerWebhook: (_parent, { input }, context) => registerWebhook(context, input),
  deleteWebhook: (_parent, { input }, context) => deleteWebhook(context, input.id),
};
