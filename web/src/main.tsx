/**
 * Entry: reads /config.json, finishes a Cognito sign-in when this load is its
 * callback, then renders the console.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadConfig, type ConsoleConfig } from './api/config.js';
import { ConfigProvider } from './api/hooks.js';
import { CALLBACK_PATH, completeSignIn } from './auth/pkce.js';
import { MembershipProvider } from './auth/memberships.js';
import { SessionProvider, TOKEN_STORAGE_KEY } from './auth/session.js';
import { I18nProvider } from './i18n/i18n.js';
import { App } from './app.js';
import './styles.css';

/** On the OAuth callback: redeem the code, keep the token, and continue at the console's root. */
async function finishSignInIfCallback(config: ConsoleConfig): Promise<void> {
  if (window.location.pathname !== CALLBACK_PATH || config.auth.kind !== 'cognito') return;
  try {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, await completeSignIn(config.auth, new URL(window.location.href)));
    window.history.replaceState(null, '', '/#/partners');
  } catch (error) {
    console.error('sign-in failed', error);
    window.history.replaceState(null, '', '/#/sign-in');
  }
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
try {
  const config = await loadConfig();
  await finishSignInIfCallback(config);
  root.render(
    <StrictMode>
      <ConfigProvider config={config}>
        <I18nProvider>
          <SessionProvider>
            <MembershipProvider>
              <App />
            </MembershipProvider>
          </SessionProvider>
        </I18nProvider>
      </ConfigProvider>
    </StrictMode>,
  );
} catch (error) {
  // Before the messages can load nothing is translatable; this is the one untranslated text.
  root.render(<p role="alert">chainfit: {(error as Error).message}</p>);
}
