/**
 * Generates, from schema.graphql, the resolver and result types
 * (functions/api/generated/resolvers-types.ts) and the schema text module the
 * server bundles (functions/api/generated/type-defs.ts), and the web console's
 * typed operations (web/src/generated/, the client preset over the `graphql()`
 * documents in web/src). Generated files are not committed: `npm test`, `npm start` and `npm run synth` run this first.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { generate } from '@graphql-codegen/cli';
import { buildSchema } from 'graphql';

const SCHEMA_FILE = 'schema.graphql';
const OUT_DIR = 'functions/api/generated';
const WEB_OUT_DIR = 'web/src/generated/';

const sdl = await readFile(SCHEMA_FILE, 'utf8');
buildSchema(sdl); // fail fast with graphql's own message if the schema is invalid
await mkdir(OUT_DIR, { recursive: true });
await writeFile(
  `${OUT_DIR}/type-defs.ts`,
  `// Generated from ${SCHEMA_FILE} by scripts/codegen.ts. Do not edit.\nexport const typeDefs = ${JSON.stringify(sdl)};\n`,
);
await generate(
  {
    schema: SCHEMA_FILE,
    silent: true,
    generates: {
      [`${OUT_DIR}/resolvers-types.ts`]: {
        plugins: [
          { add: { content: '// Generated from schema.graphql by scripts/codegen.ts. Do not edit.\n/* eslint-disable */' } },
          'typescript',
          'typescript-resolvers',
        ],
        config: {
          useTypeImports: true,
          enumsAsTypes: true,
          contextType: '../context.js#GraphQLContext',
          useIndexSignature: false,
          avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
          // Nullable fields accept undefined too (graphql-js answers null for it), so optional
          // domain properties need no resolver that only turns undefined into null.
          maybeValue: 'T | null | undefined',
          inputMaybeValue: 'T | null | undefined',
          scalars: { ID: 'string' },
          mappers: {
            Organization: '../../core/organization.js#Organization as OrganizationModel',
            SegmentOffer: '../../core/organization.js#SegmentOffer as SegmentOfferModel',
            TechnologyProfile: '../../core/organization.js#TechnologyProfile as TechnologyProfileModel',
            ContactDetails: '../../core/organization.js#ContactDetails as ContactDetailsModel',
            Collaboration: '../../core/collaboration.js#Collaboration as CollaborationModel',
            LocalizedText: '../../core/vocabulary.js#LocalizedText as LocalizedTextModel',
            Match: '../../core/match/match-record.js#MatchRecord as MatchModel',
            MatchFit: '../../core/match/match-record.js#MatchFitSnapshot as MatchFitModel',
            ChainGroup: '../industry-chain-views.js#ChainGroupView',
            Chain: '../industry-chain-views.js#ChainView',
            ChainStage: '../industry-chain-views.js#StageView',
            Segment: '../industry-chain-views.js#SegmentView',
            SupplyLink: '../industry-chain-views.js#SupplyLinkView',
            ZonePark: '../industry-chain-views.js#ZoneParkView',
            PartnerMatch: '../../core/fit/assessed-fit.js#AssessedFit',
            CollaborationRecommendation: '../../core/fit/assessed-fit.js#AssessedCollaboration',
            FitReason: '../fit-views.js#FitReasonView',
            PolicyMeasure: '../fit-views.js#PolicyMeasureView',
            Member: '../../core/membership/member-records.js#MemberRecord',
            Membership: '../../core/access/membership.js#Membership as MembershipModel',
            Invitation: '../../core/membership/member-records.js#InvitationView as InvitationModel',
            JoinRequest: '../../core/membership/member-records.js#JoinRequest as JoinRequestModel',
            Me: '../../app/me.js#Caller as MeModel',
            MatchmakingEvent: '../../core/events/event-definition.js#MatchmakingEvent as MatchmakingEventModel',
            EventParticipation: '../../core/events/participation.js#Participation as EventParticipationModel',
            EventAttendee: '../../core/events/participation.js#Attendee as EventAttendeeModel',
            EventParticipant: '../../app/event-participation.js#Participant as EventParticipantModel',
            MeetingRequest: '../../core/events/meeting-request.js#MeetingRequest as MeetingRequestModel',
            MeetingRequestEdge: '../../app/meeting-request-reads.js#ListedMeeting as MeetingRequestEdgeModel',
            SuggestedMeeting: '../../app/event-suggestions.js#SuggestedMeeting as SuggestedMeetingModel',
            EventAgenda: '../../app/event-agenda.js#Agenda as EventAgendaModel',
            AgendaEntry: '../../app/event-agenda.js#AgendaEntry as AgendaEntryModel',
            ZoneStatistics: '../../core/zone-statistics.js#ZoneStatistics as ZoneStatisticsModel',
            Notification: '../../core/notifications/notification.js#Notification as NotificationModel',
            NotificationPreferences:
              '../../core/notifications/notification-preferences.js#NotificationPreferences as NotificationPreferencesModel',
            Alert: '../../core/alerts/alert.js#Alert as AlertModel',
            Webhook: '../../app/webhooks.js#WebhookView',
          },
        },
      },
      [WEB_OUT_DIR]: {
        documents: ['web/src/**/*.{ts,tsx}', `!${WEB_OUT_DIR}**`],
        preset: 'client',
        // Documents as typed strings: the console sends them with fetch, no GraphQL client runtime in the bundle.
        presetConfig: { fragmentMasking: false },
        config: { documentMode: 'string', enumsAsTypes: true, useTypeImports: true, scalars: { ID: 'string' } },
      },
    },
  },
  true,
);
