/** All message sets by locale. */
import type { Locale } from '../locales.js';
import { en, type Messages } from './en.js';
import { ko } from './ko.js';
import { zh } from './zh.js';

export const MESSAGES: Record<Locale, Messages> = { en, zh, ko };
export type { MessageKey, Messages } from './en.js';
