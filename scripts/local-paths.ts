/**
 * Git-ignored local state of `npm start` and `npm run dev:token`
 * (CHAINFIT_LOCAL_DIR moves it, e.g. for tests).
 */
export const LOCAL_DIR = process.env.CHAINFIT_LOCAL_DIR ?? '.local';
export const LOCAL_DYNAMODB_DIR = `${LOCAL_DIR}/dynamodb`;
/** The install's DynamoDB Local access key (mode 0600; see scripts/local-dynamodb-credentials.ts). */
export const LOCAL_DYNAMODB_CREDENTIALS_FILE = `${LOCAL_DIR}/dynamodb-credentials.json`;
export const DEV_ISSUER_KEY_FILE = `${LOCAL_DIR}/dev-issuer/key.json`;
export const LOCAL_TABLE_NAME = 'chainfit-local';
export const LOCAL_REGION = 'local';
export const DEFAULT_PORT = 4000;
