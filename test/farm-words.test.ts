/** The words link farms are recognised by: commercial anchors and bait headlines, however they are spelled. */
import { describe, expect, it } from 'vitest';
import { commercialWords, namedAfter } from '../src/spam/farm-words.js';
import { headlineSigns } from '../src/spam/headlines.js';

describe('commercial words', () => {
  it('finds words and phrases whatever the case, spacing and apostrophes, in ASCII and beyond', () => {
    expect(commercialWords('Best   Online\tCASINO bonuses')).toEqual(['online casino']);
    expect(commercialWords("Cheap essays, the writer`s way")).toEqual(['cheap essays']);
    expect(commercialWords('write my essay – payday loans’ review')).toEqual(['write my essay', 'payday loans']);
    // Accents are dropped before phrases are looked up: "casinò online" is "casino online".
    expect(commercialWords('Casinò online: Apuestas')).toEqual(['casino online', 'apuestas']);
    expect(commercialWords('CANLI BAHİS siteleri')).toEqual(['bahis']);
    expect(commercialWords('Canlı bahis siteleri')).toEqual(['canlı bahis']);
    expect(commercialWords('Slots in Vue, replica sets in MongoDB')).toEqual([]);
  });

  it('sees a domain named after its anchor', () => {
    expect(namedAfter('Kredit ohne Schufa', 'kredit-ohne-schufa-sofort.net')).toBe(true);
    expect(namedAfter('Rust for Linux', 'rustforlinux.com')).toBe(false);
  });
});

describe('bait headlines', () => {
  it('finds a teaser word or phrase wherever it stands, and none in a title', () => {
    expect(headlineSigns('Doctors say this about your morning coffee')).toContain('teaser');
    expect(headlineSigns('Your morning coffee and what happens next')).toContain('teaser');
    expect(headlineSigns('Ten habits of people who are never late')).toContain('teaser');
    expect(headlineSigns('Médicos advierten sobre este alimento común')).toContain('teaser');
    expect(headlineSigns('Using the Fetch API in Node.js')).toEqual([]);
    expect(headlineSigns('Announcing Rust 1.70.0 for everyone today')).toContain('teaser');
    expect(headlineSigns('What happened to the release train')).not.toContain('teaser');
  });
});
