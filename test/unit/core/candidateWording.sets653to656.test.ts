import { strict as assert } from 'node:assert';
import { scaled, shown } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 653-656 (evidence/judged): a plant's lines and a count joined to
 * its drivers as the scale ("four production lines", "a 400-driver data collection beta"), tens of people named by a
 * trade ("around 30 phlebotomists"), and "How they ran it was their call" as Highly Aligned, Loosely Coupled.
 */

describe('sets 653-656', () => {
  it('reads three or more production lines as the scale', () => {
    assert.equal(scaled('I ran the modernisation program across four production lines.'), true);
    assert.equal(scaled('Our 6 welding lines kept stopping at random.'), true);
    // (two lines were judged no scale, once right and once debatable)
    assert.equal(scaled('I ran the pilot on 2 assembly lines.'), false);
  });
  it('reads a count joined to the people it covers as the scale', () => {
    assert.equal(scaled('Ran a 400-driver data collection beta.'), true);
    assert.equal(scaled('Ran a 4-week data collection beta.'), false);
  });
  it('reads tens of people named by a trade as the scale', () => {
    assert.equal(scaled('We had around 30 phlebotomists across Cairo and Giza.'), true);
    assert.equal(scaled('We had around 30 of them across Cairo and Giza.'), false);
  });
  it('reads leaving how to run it to the teams as Highly Aligned, Loosely Coupled', () => {
    const front = 'company: netflix\nprinciples: [Highly Aligned, Loosely Coupled]';
    assert.equal(shown(front, 'How they ran it was their call; I only gave the template, a dashboard and the target.', 'Highly Aligned, Loosely Coupled'), true);
    assert.equal(shown(front, 'I gave them the template, a dashboard and the target.', 'Highly Aligned, Loosely Coupled'), false);
  });
});
