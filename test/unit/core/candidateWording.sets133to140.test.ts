import { strict as assert } from 'node:assert';
import { lintStory } from '../../../src/core';
import { rules, STAR, story, timed, vague, vagueInResult } from './storyBuilders';

/**
 * From the hundred-and-thirty-third to the hundred-and-fortieth fresh sets (192 stories written blind and
 * judged on 152a20e; test/unit/core/evidence/judged/set133 to set140): each case the judges showed, and its
 * look-alike that must still fire.
 */

describe('vague-claim: words that are someone else\'s (sets 133 to 140)', () => {
  it('reads words given "in her words" or "in the words of" someone as theirs', () => {
    assert.equal(vague('Some women told our field officer, in her words, that "they do the work and maybe see the money."'), 0);
    assert.equal(vague('In the words of one driver in Multan, "Bhai, maybe we take the load, but who pays for the diesel?"'), 0);
    // (A hedge inside quotes is what was said or written then, the candidate's own words too: on the judged sets 21 such
    // findings were judged wrong and none right. The same hedge outside the quotes is the telling's.)
    assert.equal(vague('I wrote in the brief that "maybe we take the load" was not good enough.'), 0);
    assert.equal(vague('I wrote in the brief that maybe we take the load.'), 1);
  });
  it('reads what someone agreed it was as their words', () => {
    assert.equal(vague('Our head of ops agreed it was "basically fine". I did not.'), 0);
    assert.equal(vague('It was basically fine, so I moved on.'), 1);
  });
  it('reads a product\'s wording quoted as a name as the product\'s', () => {
    assert.equal(vague('I set the flag to auto-send a "probably cancelled, rebook free" message they could override.'), 0);
    assert.equal(vague('I set the flag to auto-send a "cancelled" message that basically reached every guest.'), 1);
  });
});

describe('vague-claim: a lot that is a batch (sets 133 to 140)', () => {
  const auction = (sentence: string) => `Each auction lot stays open for 24 hours. ${sentence}`;
  it('reads a lot that sits, fails or is won, accepted or rejected as the noun in a story that names batches', () => {
    assert.equal(vague(auction('Sometimes a lot sits for weeks without any buyer.')), 0);
    assert.equal(vague(auction('When a lot failed a residue test, the grower heard nothing.')), 0);
    assert.equal(vague(auction('One buyer won a lot and then did not pay.')), 0);
    assert.equal(vague('I let agents reject any lot with more than 4% defects. Agents could accept a lot above 4% with a discount.'), 0);
  });
  it('still reads "a lot" as an amount where the story names no batch, and "a lot of" always', () => {
    assert.equal(vague('Sometimes a lot sits unused in the backlog.'), 1);
    assert.equal(vague('We won a lot and then lost the next deal.'), 1);
    assert.equal(vague(auction('We did a lot of research first.')), 1);
  });
  it('reads a lot of a size, with a "say" in between, as the noun', () => {
    assert.equal(vague('When they sold a lot of, say, 20 quintals, the payment was late.'), 0);
    assert.equal(vague('When they sold a lot of, say, coffee, the payment was late.'), 1);
  });
});

describe('no-metric: a hyphenated word on a wrapped line (sets 133 to 140)', () => {
  it('reads "the two-tier wording" as a name whether or not the line wraps after it', () => {
    const wrapped = 'Dana changed her mind and we kept the two-tier\nwording, with the order messages made more direct.';
    assert.ok(rules(story('company: generic', STAR(wrapped))).includes('no-metric'));
    assert.ok(rules(story('company: generic', STAR(wrapped.replace('\n', ' ')))).includes('no-metric'));
    assert.equal(vagueInResult('Opt-outs fell from 9% to 4% within a month.'), 0);
  });
});

describe('no-scale: a story about developing someone (sets 133 to 140)', () => {
  const mentoring = (front: string) =>
    story(
      `company: amazon\nprinciples: [${front}]`,
      STAR(
        'She now runs her own launches, and I recommended her for promotion.',
        'I mentored her every week: I reviewed her first two specs line by line and let her run the next planning meeting herself.',
        'A junior PM, Noa, joined my team and struggled with stakeholder updates.',
      ),
    );
  const noScale = (text: string) => lintStory(text).findings.find((f) => f.ruleId === 'no-scale')?.message;
  it('asks for the team and the time it took, not the business\'s size', () => {
    assert.match(noScale(mentoring('Hire and Develop the Best')) ?? '', /for a story about developing someone, say how big the team was and how long/);
  });
  it('keeps the business-scale advice when no people principle is tagged', () => {
    assert.match(noScale(mentoring('Deliver Results')) ?? '', /60,000 sellers/);
  });
});

describe('no-timeframe: a quarter with its year (sets 133 to 140)', () => {
  it('reads "Q4 2023" as when, wherever it stands, but not a quarter alone in a sentence', () => {
    assert.ok(timed('Comparing Q2 with Q4 2023, disputes fell from 14% to 3%.'));
    assert.ok(timed('| Measure | H1 2023 | H2 2023 |\n| --- | --- | --- |\n| Disputes | 14% | 3% |'));
    assert.ok(!timed('Disputes fell from 14% to 3%, a Q4 priority.'));
    // (a quarter in brackets after the result says when it was measured, since sets 673-676: "+9 (Q3 pulse)")
    assert.ok(timed('Disputes fell from 14% to 3% (Q4).'));
  });
});

describe('vague-claim: the opinion itself, not a hedge (sets 74, 76 and 115, read again)', () => {
  it('leaves "say what I think" and "when I think I\'m the expert"', () => {
    assert.equal(vague('I am not afraid to say what I think, even to senior people.'), 0);
    assert.equal(vague('I try to watch before I assume, especially when I think I am the expert.'), 0);
    assert.equal(vague('I think the launch was on schedule.'), 1);
  });
});
