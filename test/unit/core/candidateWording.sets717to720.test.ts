import { strict as assert } from 'node:assert';
import { parseStory } from '../../../src/core';
import { timed, vague } from './storyBuilders';

/**
 * From the findings blind judges called wrong in sets 717-720 (evidence/judged): an angle asked about as a note ("Think
 * Big angle?? - maybe the part where ..."), a figure weighed by "which is a lot for ..." a clause later, and a table's
 * after column headed "After (1st month)".
 */

describe('sets 717-720', () => {
  it('reads a paragraph that asks about an angle as notes, not story', () => {
    const prose = (paragraph: string) =>
      parseStory(`---\ntitle: T\ncompany: generic\n---\n\n## Action\n\nI wrote the test scripts.\n\n## Result\n\nWrong bookings fell from 40 to 0.\n\n${paragraph}\n`).prose;
    assert.doesNotMatch(prose('Think Big angle?? - maybe the part where I proposed self-scheduling too.'), /self-scheduling/);
    assert.match(prose('The business angle - I proposed self-scheduling too.'), /self-scheduling/);
    assert.match(prose('Think Big angle - I proposed self-scheduling too.'), /self-scheduling/);
  });
  it('reads "which is a lot for something that sounds small" as weighing the figure before it', () => {
    assert.equal(vague('Substitutions were around 18% of all customer service contacts, which is a lot for something that sounds small.'), 0);
    assert.equal(vague('Substitutions drove the customer service contacts, which is a lot for something that sounds small.'), 1);
  });
  it('reads a table’s after column headed "After (1st month)" as when', () => {
    const table = (header: string) => `| | Before | ${header} |\n|---|---|---|\n| Reports a week | ~410 | ~690 |`;
    assert.equal(timed(table('After (1st month)')), true);
    assert.equal(timed(table('After (first month)')), true);
    assert.equal(timed(table('After (new form)')), false);
  });
});
