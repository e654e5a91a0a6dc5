import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizedText, textProblems } from '../../../functions/core/validation/text-hygiene.js';

/** Issue 14, finding 7: free text is stored as people can read it. */
const LINE = { multiline: false };
const MULTILINE = { multiline: true };
const messages = (text: string, kind = LINE) => textProblems(normalizedText(text), 'input.name.en', kind).map((p) => p.message);

describe('text hygiene', () => {
  it('stores NFC, and CRLF as LF', () => {
    expect(normalizedText('Cafe\u0301')).toBe('Caf\u00e9');
    expect(normalizedText('한빛')).toBe('한빛'.normalize('NFC'));
    expect(normalizedText('one\r\ntwo')).toBe('one\ntwo');
  });

  it('accepts ordinary names and descriptions in the three languages', () => {
    for (const text of ['Hanbit Power Devices (Test)', '长春电驱（测试）', '한빛파워디바이스', 'A\u200dB', '🚗🔋', 'Ö'])
      expect(messages(text)).toEqual([]);
    expect(messages('First line\n\tSecond line', MULTILINE)).toEqual([]);
  });

  it('refuses control characters; multi-line texts may hold newline and tab only', () => {
    for (const text of ['NUL\u0000', 'ANSI \u001b[31m', 'two\nlines', 'tab\there', 'DEL\u007f', 'C1\u0085']) {
      expect(messages(text)).toEqual(['must not contain control characters']);
    }
    expect(messages('ANSI \u001b[31m', MULTILINE)).toEqual(['must not contain control characters other than newline and tab']);
    expect(messages('lone\rCR', MULTILINE)).toHaveLength(1);
  });

  it('refuses bidirectional overrides and isolates', () => {
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(messages(`abc${String.fromCharCode(code)}def`, MULTILINE)).toEqual([
        'must not contain bidirectional override or isolate characters (U+202A-U+202E, U+2066-U+2069)',
      ]);
    }
  });

  it('refuses lone surrogates, high or low', () => {
    expect(messages('\ud800')).toEqual(['is not valid Unicode text (contains a lone surrogate)']);
    expect(messages('x\udc00y')).toEqual(['is not valid Unicode text (contains a lone surrogate)']);
    expect(messages('\ud83d\ude97')).toEqual([]);
  });

  it('refuses text without a visible character, and leaves blank text to the field rules', () => {
    expect(messages('\u200b\u200b')).toEqual(['must contain a visible character']);
    expect(messages('\u2060\u200c')).toEqual(['must contain a visible character']);
    expect(messages('\u0301')).toEqual(['must contain a visible character']);
    expect(messages('   ')).toEqual([]);
  });

  it('names the field', () => {
    expect(textProblems('\u0000', 'input.offers[2].note', LINE)).toEqual([
      { path: 'input.offers[2].note', message: 'must not contain control characters' },
    ]);
  });

  it('accepts whatever it returns from normalization, and normalizing twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const once = normalizedText(text);
        expect(normalizedText(once)).toBe(once);
        expect(once).toBe(once.normalize('NFC'));
      }),
    );
  });
});
