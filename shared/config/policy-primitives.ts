/**
 * The small value schemas every part of the policy file shares: a stage name, a fraction, a
 * duration and an http(s) URL, each with the error a user sees and the description editors show.
 */
import * as z from 'zod';
import { STAGE_NAME_PATTERN } from '../registry/names.js';
import { DURATION_PATTERN } from './duration.js';

/** A stage name. */
export const name = z
  .string()
  .regex(STAGE_NAME_PATTERN, {
    error: 'expected a stage name: 1-30 lower-case letters, digits and "-", starting with a letter (e.g. staging)',
  })
  .describe('A stage name: 1-30 lower-case letters, digits and "-", starting with a letter.');
/** A number from 0 to 1. */
export const fraction = z.number().min(0).max(1);
/** A duration like 90s, 10m or 2h. */
export const duration = z
  .string()
  .regex(new RegExp(DURATION_PATTERN), { error: 'expected a duration like 90s, 10m or 2h' })
  .describe('A duration: a number and one unit of ms, s, m, h, d, w (e.g. 10m, 1h).');
/** An http:// or https:// URL. */
export const httpUrl = z
  .string()
  .regex(/^https?:\/\/\S+$/, { error: 'expected an http(s) URL' })
  .describe('An http:// or https:// URL.');
