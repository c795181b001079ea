/**
 * The App for `probot run app/dist/index.js` (Probot's own server, configured by Probot's
 * environment variables: APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, ...). The work is queued after each
 * acknowledgement, exactly as in the plain server (app/src/main.ts).
 */
import type { ApplicationFunction } from 'probot';
import { createModelshipApp } from './app.js';

const appFn: ApplicationFunction = (app, options) => {
  const appId = Number(process.env.APP_ID);
  if (!Number.isInteger(appId) || appId <= 0) throw new Error('APP_ID must be set to the App’s numeric id');
  return createModelshipApp({ appId }).appFn(app, options);
};

export default appFn;
