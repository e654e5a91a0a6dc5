/**
 * The `cdk` entry point (cdk.json): `npx cdk synth`, `npx cdk deploy -c stage=prod`.
 */
import { App } from 'aws-cdk-lib';
import { configureChainfitApp } from './chainfit-app.js';

configureChainfitApp(new App());
