import { strict as assert } from 'node:assert';
import { baseline, missing, shown, timed, vague, vagueMessage } from './storyBuilders';

/**
 * From the three-hundred-and-eighty-fifth to the three-hundred-and-eighty-eighth fresh sets (judged on 140589f,
 * evidence/judged): each case the judges showed, and its look-alike that must still fire.
 */

describe('vague-claim (sets 385 to 388)', () => {
  it('leaves alone "a lot of" scene-setting ("a lot of moving parts", "opinions", "unknowns"), not "a lot of" what could be counted', () => {
    assert.equal(vague('There were a lot of unknowns, especially around insurance, so I ran a pilot.'), 0);
    assert.equal(vague('The launch had a lot of moving parts: labels, checkout and drivers.'), 0);
    assert.equal(vague('I got a lot of opinions from ops and sales before I chose.'), 0);
    assert.equal(vague('We were reshipping a lot of boxes, so I changed the dividers.'), 1);
    assert.equal(vague('We got a lot of complaints from ops, so I changed the dividers.'), 1);
  });
});

describe('no-timeframe (sets 385 to 388)', () => {
  it('reads Tết as a named holiday ("launched before Tết"), as it reads Christmas', () => {
    assert.equal(timed('Conversion went from 20% to 25%. We launched MoMo payments before Tết.'), true);
    assert.equal(timed('Conversion went from 20% to 25%. We launched MoMo payments before Christmas.'), true);
    assert.equal(timed('Conversion went from 20% to 25%. We launched MoMo payments before the tests.'), false);
  });
});

describe('experiment-incomplete (sets 385 to 388)', () => {
  it('reads the metric a kill criterion watches ("more than a 1pp drop in sign-up completion")', () => {
    assert.equal(missing('I ran a 4-week A/B test and set the kill criterion: more than a 1pp drop in sign-up completion.'), 'the experiment is missing its confidence threshold');
    assert.match(missing('I ran a 4-week A/B test and set the kill criterion with the security team.') ?? '', /primary metric/);
  });

  it('reads a result against the page it replaced as the metric ("a lower purchase completion rate than the old one")', () => {
    assert.doesNotMatch(missing('I ran an A/B test of the new queue page: it had a lower purchase completion rate than the old one.') ?? '', /primary metric/);
    assert.match(missing('I ran an A/B test of the new queue page: it looked much cleaner than the old one.') ?? '', /primary metric/);
  });
});

describe('principle-unsupported (sets 385 to 388)', () => {
  it("reads a slip told before it happened as Candor (\"a memo to our CEO saying we'd miss the date\"), not a slip feared", () => {
    assert.equal(shown('company: netflix\nprinciples: [Candor]', "I wrote a memo to our CEO and COO saying we'd miss the date and why.", 'Candor'), true);
    assert.equal(shown('company: netflix\nprinciples: [Candor]', "I was worried we'd miss the date, so I cut scope.", 'Candor'), false);
  });
});

/*
 * From the three-hundred-and-eighty-ninth to the three-hundred-and-ninety-second fresh sets (judged on 980146c, a clean
 * measure of this session's engine).
 */
describe('no-baseline (sets 389 to 392)', () => {
  const table = (header: string, row: string) => `| ${header} |\n|---|---|---|\n| ${row} |`;
  it("reads a table row that compares its own figures under columns that name moments, as the outcome's comparison", () => {
    assert.equal(baseline(table('Metric | Before (Q2 2023) | 10 weeks after launch', 'Failed charges recovered | 21% | 58%')), undefined);
    assert.equal(baseline(table(' | Incident on-sale (Mar) | Next big on-sale (Apr)', 'Peak checkout error rate | >60% | 1.4%')), undefined);
    assert.equal(baseline(table('Metric | Before restore | 72 hours later', 'Open support tickets | 3,400 | 210')), undefined);
    assert.equal(baseline(table(' | FY2022 | Two quarters after launch', 'Repeat visits within 90 days | 11.8% | 5.1%')), undefined);
  });
  it('reads the row the same in a CRLF file', () => {
    const crlf = table('Metric | Before (Q2 2023) | 10 weeks after launch', 'Failed charges recovered | 21% | 58%').replace(/\n/g, '\r\n');
    assert.equal(baseline(crlf), undefined);
  });
  it('still asks for the start of a row whose columns name places, or whose figures measure different things', () => {
    // (two ways of doing one thing compare, since sets 845-852: "| | Laser kits | Photo review |" was judged wrong, with 8
    // more such rows, and none judged right)
    assert.equal(baseline(table(' | Laser kits | Photo review', 'Time to measure a kitchen | 5 days | 2 days')), undefined);
    assert.match(baseline(table('Metric | Depot 3 | Depot 7', 'On-time delivery | 83% | 96.2%')) ?? '', /nothing to compare with/);
    assert.match(baseline(table('School | Students before | Attendance after', 'School A | 320 | 71%')) ?? '', /nothing to compare with/);
  });
});

describe('no-timeframe (sets 389 to 392)', () => {
  it('reads a review named by its distance without the hyphen ("At the 90 day review"), and "by around month 3"', () => {
    assert.equal(timed('Conversion went from 20% to 25%. At the 90 day review we kept the model.'), true);
    assert.equal(timed('Conversion went from 20% to 25%. By around month 3 she ran the report on her own.'), true);
    assert.equal(timed('Conversion went from 20% to 25%. At the 90 people review we kept the model.'), false);
  });
  it("reads the period a table's first header cell names (\"| Astana, 6-week test | Before | After |\")", () => {
    assert.equal(timed('| Astana, 6-week test | Before | After |\n|---|---|---|\n| Conversion | 20% | 25% |'), true);
    assert.equal(timed('| Astana test | Before | After |\n|---|---|---|\n| Conversion | 20% | 25% |'), false);
  });
});

describe('experiment-incomplete (sets 389 to 392)', () => {
  it('reads what moved, with its figure, in the test\'s sentence or the next as its metric ("Leads dropped 31%")', () => {
    assert.doesNotMatch(missing('We A/B tested it for 4 weeks. Leads dropped 31% and test-drive bookings went up 18%.') ?? '', /primary metric/);
    // (not a figure further on, nor one in the next list item: "- Set up an A/B test on the signup flow\n- Cut CPA 20%")
    assert.match(missing('We A/B tested it for 4 weeks. The team liked it. Our CEO was happy. Later, costs fell 20% for other reasons.') ?? '', /primary metric/);
    assert.match(missing('- Set up an A/B test on the signup flow for 4 weeks\n- Cut paid search spend 20%') ?? '', /primary metric/);
  });

  it('leaves alone a count of tests a team ran ("ran 11 A/B tests in its first six months"), not a test described', () => {
    assert.equal(missing('The squad I hired ran 11 A/B tests in its first six months.'), undefined);
    assert.equal(missing('The squad ran dozens of A/B tests that year.'), undefined);
    assert.match(missing('I ran 2 A/B tests on the new page.') ?? '', /missing/);
    assert.match(missing('I agreed a 50/50 A/B test on the new page.') ?? '', /missing/);
  });
});

/*
 * From the three-hundred-and-ninety-third to the three-hundred-and-ninety-sixth fresh sets (judged on 44e4474).
 */
describe('vague-claim (sets 393 to 396)', () => {
  it('leaves alone how much something varies ("prices change a lot from day to day") and how closely people work', () => {
    assert.equal(vague('Prices change a lot from day to day, so I built an alert.'), 0);
    assert.equal(vague('Bag contents vary a lot day to day, so I added a photo.'), 0);
    assert.equal(vague('Dimas and I still work together a lot.'), 0);
    // (a change told as what happened is still asked about)
    assert.equal(vague('The requirements changed a lot, so I cut scope.'), 1);
  });

  it('leaves "helped with" alone when someone or something else helped ("A contractor helped with", "which I think helped with")', () => {
    assert.equal(vague('I built the form. A contractor helped with reading the PDF certificates.'), 0);
    assert.equal(vague('I cut the fee, which I think helped with platform retention.'), 0);
    assert.equal(vague('I cut the fee. It might have helped with retention.'), 0);
    assert.equal(vague('She wrote the messages and helped with user research.'), 0);
    assert.equal(vague('The grading screen changes helped with disputes.'), 0);
    // (the candidate helping is still asked about)
    assert.equal(vague('I wrote the spec and helped with QA.'), 1);
  });
});

/*
 * From the three-hundred-and-ninety-seventh to the four-hundredth fresh sets (judged on 97348b9, the session's final
 * engine, as a clean measure; fixed for afterwards, and the changed messages judged again).
 */
describe('vague-claim (sets 397 to 400)', () => {
  it('reads the figure the candidate then guesses ("I think it was close to USD 200k", "I think by around a third")', () => {
    assert.match(vagueMessage('We saved a lot on cost per verification, I think it was close to USD 200k a year.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('Calls to support dropped noticeably, I think by around a third.') ?? '', /adds nothing to the figure/);
    // (not another measure's share, nor a share that is itself a guess)
    assert.match(vagueMessage('Renewals went up noticeably and closures fell by about a quarter.') ?? '', /give the number instead/);
    assert.match(vagueMessage('Calls to support dropped noticeably, maybe by a third.') ?? '', /give the number instead/);
  });

  it('reads a start written with a tilde ("dropped a lot, from ~300/month to a few dozen")', () => {
    assert.match(vagueMessage('Wrong fines dropped a lot, from ~300/month to a few dozen.') ?? '', /adds nothing to the figure/);
    assert.match(vagueMessage('Wrong fines dropped a lot, and I think ~300 were still wrong.') ?? '', /give the number instead/);
  });
});
