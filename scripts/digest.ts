/**
 * `npm run digest [-- --frequency DAILY|WEEKLY] [--period YYYY-MM-DD]`: mails
 * each person's digest of one period (by default the one that ended last)
 * through the same use case the scheduled Lambda runs (functions/app/digests.ts),
 * against the DynamoDB Local and MailDev of a running `npm start`
 * (DYNAMODB_ENDPOINT as its banner prints it; MailDev SMTP on
 * MAILDEV_SMTP_PORT, 1025 by default). A rerun sends no second mail.
 */
import { localDatabaseFor } from './local-dynamodb-credentials.js';
import { parseArgs } from 'node:util';
import { createAppRequest } from '../functions/app/app-request.js';
import { sendDigests } from '../functions/app/digests.js';
import { ANONYMOUS } from '../functions/core/access/principal.js';
import { DIGEST_FREQUENCIES, digestPeriodOf, previousDigestPeriod, type DigestFrequency } from '../functions/core/notifications/digest.js';
import { DEFAULT_LOCALE } from '../functions/core/vocabulary.js';
import { SmtpMailSender } from '../functions/mail/smtp-mail-sender.js';
import { createStore } from '../functions/store/store.js';
import { LOCAL_UNSUBSCRIBE_SECRET } from './local-mail.js';
import { DEFAULT_PORT, LOCAL_REGION, LOCAL_TABLE_NAME } from './local-paths.js';
import { MAILDEV_PORTS } from './maildev.js';

const { values } = parseArgs({ options: { frequency: { type: 'string', default: 'DAILY' }, period: { type: 'string' } } });
const frequency = values.frequency as DigestFrequency;
if (!DIGEST_FREQUENCIES.includes(frequency)) throw new Error(`--frequency must be one of ${DIGEST_FREQUENCIES.join(', ')}`);
const endpoint = process.env.DYNAMODB_ENDPOINT;
if (!endpoint) throw new Error('Set DYNAMODB_ENDPOINT to the DynamoDB Local endpoint `npm start` prints');

const now = new Date();
const period = values.period ? digestPeriodOf(frequency, new Date(`${values.period}T00:00:00.000Z`)) : previousDigestPeriod(frequency, now);
// npm start's DynamoDB Local answers only this install's access key (docs/security.md, finding 6).
const store = createStore({
  tableName: LOCAL_TABLE_NAME,
  connection: { region: LOCAL_REGION, endpoint, ...(await localDatabaseFor(endpoint)) },
});
const sender = new SmtpMailSender({ host: '127.0.0.1', port: MAILDEV_PORTS.smtp, from: 'chainfit <no-reply@chainfit.local>' });
const base = `http://localhost:${DEFAULT_PORT}`;
try {
  const outcome = await sendDigests(createAppRequest({ store, principal: ANONYMOUS, now, locale: DEFAULT_LOCALE }), period, {
    sender,
    unsubscribeSecret: LOCAL_UNSUBSCRIBE_SECRET,
    unsubscribeBaseUrl: `${base}/unsubscribe`,
    appUrl: `${base}/graphql`,
  });
  console.info(
    `digest ${period.frequency} ${period.key}: ${outcome.mailed} mailed, ${outcome.alreadySent} sent before, ${outcome.people} people queued`,
  );
} finally {
  sender.close();
}
