/**
 * Rule: free text is stored as people can read it. Every text is NFC
 * normalized (one code-point sequence per visible text, so equal names
 * compare equal) with CRLF turned into LF, and refused when it carries:
 * control characters (C0, DEL, C1; only multi-line texts such as
 * descriptions and messages may hold newlines and tabs), bidirectional
 * overrides and isolates (U+202A-U+202E, U+2066-U+2069: they reorder what a
 * reader sees, the "Trojan Source" trick), lone surrogates (not Unicode
 * text; DynamoDB may refuse them) or no visible character at all (a name of
 * zero-width spaces passes "not blank" but shows nothing).
 */
import type { FieldProblem } from './field-problems.js';

/** Whether newlines and tabs are part of the text (descriptions, summaries, messages, notes to an organization). */
export interface TextKind {
  multiline: boolean;
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what these find
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
// eslint-disable-next-line no-control-regex -- as above, less the newline and tab of multi-line text
const CONTROL_EXCEPT_NEWLINE_AND_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** A character that shows: a letter, digit, punctuation or symbol (not a space, format character or lone mark). */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** The stored form of a text: NFC, CRLF as LF. Lone surrogates are left for textProblems to refuse (normalize would mangle them). */
export function normalizedText(text: string): string {
  if (LONE_SURROGATE.test(text)) return text;
  return text.replace(/\r\n/g, '\n').normalize('NFC');
}

/** Problems of one (normalized) text; empty when it may be stored. Blank text is the field's own rule's business. */
export function textProblems(text: string, path: string, kind: TextKind): FieldProblem[] {
  if (LONE_SURROGATE.test(text)) return [{ path, message: 'is not valid Unicode text (contains a lone surrogate)' }];
  if ((kind.multiline ? CONTROL_EXCEPT_NEWLINE_AND_TAB : CONTROL).test(text)) {
    const allowed = kind.multiline ? ' other than newline and tab' : '';
    return [{ path, message: `must not contain control characters${allowed}` }];
  }
  if (BIDI_CONTROL.test(text))
    return [{ path, message: 'must not contain bidirectional override or isolate characters (U+202A-U+202E, U+2066-U+2069)' }];
  if (text.trim() !== '' && !VISIBLE.test(text)) return [{ path, message: 'must contain a visible character' }];
  return [];
}
