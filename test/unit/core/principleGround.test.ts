import { strict as assert } from 'node:assert';
import { lintStory, parsePack, type Pack } from '../../../src/core';

/**
 * What a pack gives principle-unsupported beyond its phrase list: `evidenceNear` pairs ("called" then
 * "customers" within a few words), `mentions` (the principle's ground: the rule stays quiet, nothing is
 * quoted) and `shownBy: ['measured-result']` (an outcome compared with its start is evidence).
 */
function tinyPack(principle: Record<string, unknown>): Pack {
  const { pack, error } = parsePack(
    { id: 'tiny', name: 'Tiny', version: '1', principles: [{ id: 'care', name: 'Care', summary: 'Cares.', ...principle }] },
    'tiny.json',
  );
  assert.ok(pack, error);
  return pack;
}

function story(action: string, result = 'The new flow reached every team.', principles = '[Care]'): string {
  return `---\ntitle: T\ncompany: tiny\nframework: star\nprinciples: ${principles}\n---\n\n## Situation\n\nRefunds were slow.\n\n## Task\n\nI owned refunds.\n\n## Action\n\n${action}\n\n## Result\n\n${result}\n`;
}

function judge(pack: Pack, text: string) {
  const report = lintStory(text, { packs: new Map([['tiny', pack]]) });
  const care = report.principles.find((p) => p.id === 'care');
  assert.ok(care, 'the probe story must report Care');
  return { evidenced: care.evidenced, evidence: care.evidence, unsupported: report.findings.some((f) => f.ruleId === 'principle-unsupported') };
}

describe('evidenceNear: a phrase followed by another within a few words', () => {
  const pack = tinyPack({ evidenceNear: [{ first: ['called', 'sat down with'], then: ['customer*', 'support tickets'], within: 3 }] });

  for (const action of ['I called 15 customers who had cancelled.', 'I called customers every Friday.', 'I sat down with our three biggest customers.', 'I called the two largest customers and read their support tickets.']) {
    it(`counts: ${action}`, () => {
      const found = judge(pack, story(action));
      assert.equal(found.evidenced, true);
      assert.deepEqual(found.evidence, [action]);
      assert.equal(found.unsupported, false);
    });
  }

  for (const action of [
    // more than three words between
    'I called a long planning meeting about customers.',
    // another sentence
    'I called it a day. Customers were happy.',
    // the wrong order
    'Customers called me about refunds.',
    // denied
    'I never called customers.',
    // only one half
    'I called the vendor.',
  ]) {
    it(`does not count: ${action}`, () => {
      const found = judge(pack, story(action));
      assert.equal(found.evidenced, false);
      assert.equal(found.unsupported, true);
    });
  }

  it('rejects a pair with an empty list or a reach over 8 words, naming the file', () => {
    for (const near of [{ first: [], then: ['customers'] }, { first: ['called'], then: ['customers'], within: 9 }]) {
      const { error } = parsePack({ id: 'tiny', name: 'Tiny', version: '1', principles: [{ id: 'care', name: 'Care', summary: 'Cares.', evidenceNear: [near] }] }, 'tiny.json');
      assert.match(error ?? '', /^tiny\.json: principle 1 \("Care"\): evidenceNear item 1\.(?:first: an empty list is not allowed: use a list of at least one phrase|within: 9 is not allowed: use a whole number from 1 to 8)$/);
    }
  });
});

describe('mentions: the principle’s ground quiets principle-unsupported but is never evidence', () => {
  const pack = tinyPack({ evidence: ['refunded the fee'], mentions: ['budget*', 'logs'] });

  it('a story on the ground gets no warning, and the report still says the principle is not shown', () => {
    const found = judge(pack, story('I kept the budget flat and shipped the new form.'));
    assert.equal(found.unsupported, false);
    assert.equal(found.evidenced, false);
    assert.deepEqual(found.evidence, []);
  });

  it('a story off the ground is warned', () => {
    assert.equal(judge(pack, story('I shipped the new form.')).unsupported, true);
  });

  it('a denied mention does not count: "I did not read the logs"', () => {
    assert.equal(judge(pack, story('I did not read the logs before I signed off.')).unsupported, true);
  });

  it('the Situation is the backdrop: a mention there does not count when the story has an Action', () => {
    const text = story('I shipped the new form.').replace('Refunds were slow.', 'Refunds were slow and the budget was cut.');
    assert.equal(judge(pack, text).unsupported, true);
  });

  it('evidence still counts as before', () => {
    assert.deepEqual(judge(pack, story('I refunded the fee to every seller.')), { evidenced: true, evidence: ['I refunded the fee to every seller.'], unsupported: false });
  });
});

describe("shownBy: ['measured-result']", () => {
  const pack = tinyPack({ shownBy: ['measured-result'] });

  it('an outcome compared with its start is evidence, quoted from the Result', () => {
    const found = judge(pack, story('I rewrote the refund form.', 'Refund time fell from 9 days to 2 within a month.'));
    assert.deepEqual(found, { evidenced: true, evidence: ['Refund time fell from 9 days to 2 within a month.'], unsupported: false });
  });

  it('a before/after table in the Result is one too', () => {
    const table = '| Metric | Before | After (8 weeks) |\n| --- | --- | --- |\n| Refund time | 9 days | 2 days |';
    assert.equal(judge(pack, story('I rewrote the refund form.', table)).evidenced, true);
  });

  for (const [why, action, result] of [
    ['a bare figure', 'I rewrote the refund form.', 'Refund time is now 2 days.'],
    ['a comparison outside the outcome', 'I cut the form from 14 fields to 6.', 'The new form reached every team.'],
  ]) {
    it(`${why} is not`, () => {
      assert.equal(judge(pack, story(action, result)).evidenced, false);
    });
  }

  it('does not count toward a suggestion: an untagged principle needs three phrases of its own', () => {
    const { pack, error } = parsePack(
      {
        id: 'tiny',
        name: 'Tiny',
        version: '1',
        principles: [
          { id: 'speed', name: 'Speed', summary: 'Fast.' },
          { id: 'care', name: 'Care', summary: 'Cares.', evidence: ['rewrote', 'refund form', 'every seller'], shownBy: ['measured-result'] },
        ],
      },
      'tiny.json',
    );
    assert.ok(pack, error);
    const suggested = (action: string) =>
      lintStory(story(action, 'Refund time fell from 9 days to 2 within a month.', '[Speed]'), { packs: new Map([['tiny', pack]]) }).findings.some(
        (f) => f.ruleId === 'principle-suggestion' && f.message.includes('Care'),
      );
    // Two phrases and the measured result: no suggestion. A third phrase: the suggestion comes.
    assert.equal(suggested('I rewrote the refund form.'), false);
    assert.equal(suggested('I rewrote the refund form for every seller.'), true);
  });
});

describe('built-in packs: pairs and ground in candidates’ words', () => {
  const tagged = (company: string, principle: string, action: string, result = 'The new flow reached every team.') =>
    lintStory(`---\ntitle: T\ncompany: ${company}\nframework: star\nprinciples: [${principle}]\n---\n\n## Situation\n\nOur app served 60,000 customers.\n\n## Task\n\nI owned the project.\n\n## Action\n\n${action}\n\n## Result\n\n${result}\n`).principles.find((p) => p.tagged);

  const shows: Array<[string, string, string]> = [
    ['amazon', 'Customer Obsession', 'I called 15 applicants who had abandoned the form.'],
    ['amazon', 'Earn Trust', 'I told the CFO about the bug myself, before the restatement went out.'],
    ['amazon', 'Bias for Action', 'I decided not to wait for the formal review and drove the route myself that evening.'],
    ['amazon', 'Deliver Results', 'We cut over all 212 rules nine days before the license expired.'],
    ['amazon', 'Insist on the Highest Standards', 'I added WCAG 2.1 AA to our definition of done.'],
    ['amazon', 'Invent and Simplify', 'We removed eleven fields that no decision used.'],
    ["amazon", "Strive to be Earth's Best Employer", 'Mandatory overtime went from nine shifts a month to two.'],
    ['netflix', 'Disagree and Commit', 'I told him I still disagreed but would help make it work.'],
    ['netflix', 'Courage', 'I recommended we shut it down, two quarters after I had pitched it.'],
  ];
  for (const [company, principle, action] of shows) {
    it(`${principle} counts: ${action}`, () => {
      assert.equal(tagged(company, principle, action)?.evidenced, true);
    });
  }

  const not: Array<[string, string, string]> = [
    ['amazon', 'Customer Obsession', 'Customers called our support line about the delay.'],
    ['amazon', 'Earn Trust', 'I told the engineers to fix the bug.'],
    ['amazon', 'Insist on the Highest Standards', 'Legal refused to let us launch the old copy.'],
    ['amazon', 'Deliver Results', 'Two days before the launch, the vendor pulled out.'],
    ['netflix', 'Courage', 'The VP recommended we cancel the project.'],
  ];
  for (const [company, principle, action] of not) {
    it(`${principle} does not count: ${action}`, () => {
      assert.equal(tagged(company, principle, action)?.evidenced, false);
    });
  }

  it('a principle named but not on its ground is still warned: "I love to dive deep"', () => {
    const report = lintStory('---\ntitle: T\ncompany: amazon\nframework: star\nprinciples: [Dive Deep]\n---\n\n## Situation\n\nA launch was due.\n\n## Task\n\nI owned it.\n\n## Action\n\nI love to dive deep. I split the work into three milestones.\n\n## Result\n\nIt went live in March.\n');
    assert.ok(report.findings.some((f) => f.ruleId === 'principle-unsupported' && f.message.startsWith('Dive Deep')));
  });

  it('a Frugality tag on a story that never speaks of money, people or tools is warned; one that keeps to its budget is not', () => {
    const story = (action: string) => `---\ntitle: T\ncompany: amazon\nframework: star\nprinciples: [Frugality]\n---\n\n## Situation\n\nA launch was due.\n\n## Task\n\nI owned it.\n\n## Action\n\n${action}\n\n## Result\n\nIt went live in March.\n`;
    const warned = (action: string) => lintStory(story(action)).findings.some((f) => f.ruleId === 'principle-unsupported');
    assert.equal(warned('I split the work into three milestones and ran the stand-ups.'), true);
    assert.equal(warned('I split the work into three milestones and kept the contractor budget flat.'), false);
  });
});
