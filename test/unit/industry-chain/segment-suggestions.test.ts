/**
 * From a description to segments: what counts as evidence, and how much.
 */
import { describe, expect, it } from 'vitest';
import { zoneIndustryChainModel as industryChainModel } from '../../../functions/core/industry-chain/zone-model.js';
import { SegmentSuggester, suggestSegments } from '../../../functions/core/industry-chain/segment-suggestions.js';
import { wordStem } from '../../../functions/core/industry-chain/suggestion-terms.js';

const suggester = new SegmentSuggester(industryChainModel.segments());
const ids = (text: string, first = 5) => suggester.suggest(text, first).map((s) => s.segment.id);

describe('segment suggestions', () => {
  it('puts the segment named by the most specific term first', () => {
    expect(ids('We package IGBT power modules for traction inverters')[0]).toBe('semi.power-semiconductors');
    expect(ids('한국 화장품 회사에 홍삼 추출물을 공급합니다')[0]).toBe('ginseng.ginseng-deep-processing');
  });

  it('suggests every segment a description names, in any of the three languages', () => {
    expect(ids('Makes lithium-ion pouch cells and packs for electric vehicles.')).toEqual(
      expect.arrayContaining(['nev.battery-cells', 'nev.battery-packs']),
    );
    expect(ids('我们开展动画制作和手游研发')).toEqual(expect.arrayContaining(['digital-content.animation', 'digital-content.games']));
  });

  it('counts a term inside a longer matched term of the same segment once', () => {
    const [cells] = suggester.suggest('lithium-ion battery', 1);
    expect(cells?.segment.id).toBe('nev.battery-cells');
    expect(cells?.matched).toContain('lithium-ion battery');
    expect(cells?.matched).not.toContain('battery');
  });

  it('lets a distinctive word count more than a common one', () => {
    const rare = suggester.suggest('ginsenoside', 1)[0]?.score ?? 0;
    const common = suggester.suggest('systems', 1)[0]?.score ?? 0;
    expect(rare).toBeGreaterThan(common);
  });

  it('ignores function words and the zone’s own place names', () => {
    expect(ids('the and of with Changchun Korean Chinese')).toEqual([]);
  });

  it('stems single words so a verb meets a keyword noun', () => {
    expect(wordStem('packages')).toBe(wordStem('packaging'));
    expect(wordStem('designs')).toBe('design');
  });

  it('is deterministic: equal evidence ties by segment id', () => {
    const once = suggester.suggest('smart equipment for factories', 10);
    expect(suggester.suggest('smart equipment for factories', 10)).toEqual(once);
    for (let i = 1; i < once.length; i++) {
      const [a, b] = [once[i - 1]!, once[i]!];
      expect(a.score > b.score || (a.score === b.score && a.segment.id < b.segment.id)).toBe(true);
    }
  });

  it('reads a phrase with a few words inside it, within one clause', () => {
    expect(suggester.suggest('electric passenger cars', 5).find((s) => s.segment.id === 'nev.vehicle-manufacturing')?.matched).toContain(
      'electric car',
    );
    // "power electronics, batteries": the comma ends the clause, so no "power battery".
    const cells = suggester.suggest('labs in power electronics, batteries', 10).find((s) => s.segment.id === 'nev.battery-cells');
    expect(cells?.matched ?? []).not.toContain('power battery');
  });

  it('gives a word inside a matched phrase to that phrase, and only half to other segments', () => {
    const alone = suggester.suggest('power', 20).find((s) => s.segment.id === 'nev.battery-cells')?.score ?? 0;
    const inPhrase = suggester.suggest('power electronics', 20).find((s) => s.segment.id === 'nev.battery-cells')?.score ?? 0;
    expect(inPhrase).toBeLessThan(alone);
  });

  it('reads weak words as the chain neighbour of what the text names outright (with the chain graph)', () => {
    const text = 'Designs and packages IGBT and SiC power modules for traction inverters.';
    const withChains = new SegmentSuggester(industryChainModel.segments(), industryChainModel.chainGraph);
    const rank = (s: SegmentSuggester) => s.suggest(text, 20).findIndex((x) => x.segment.id === 'semi.packaging-testing');
    expect(rank(withChains)).toBeLessThan(rank(suggester));
    expect(rank(withChains)).toBeLessThan(5);
  });

  it('credits the segment connecting what a text names on both its sides', () => {
    // Industrial software (a supplier of the industrial internet) for factories (its customer).
    const text = 'Builds machine-vision and industrial AI software for factories.';
    const withChains = new SegmentSuggester(industryChainModel.segments(), industryChainModel.chainGraph);
    expect(withChains.suggest(text, 5).map((s) => s.segment.id)).toContain('iot-5g.industrial-internet');
    expect(ids(text)).not.toContain('iot-5g.industrial-internet');
  });

  it('bounds the request', () => {
    expect(() => suggestSegments('IGBT', 0)).toThrow(/first/);
    expect(() => suggestSegments('x'.repeat(4001), 5)).toThrow(/text/);
    expect(suggestSegments('robots, sensors, lasers, batteries and software', undefined)).toHaveLength(5);
  });
});
