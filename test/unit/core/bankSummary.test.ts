import { strict as assert } from 'node:assert';
import { BankSummaryBuilder, bankSummaries, lintStory, renderBankSummariesMarkdown, renderBankSummaryMarkdown } from '../../../src/core';
import type { BankStoryInput } from '../../../src/core';
import { catalogStory, noMetricStory, refundStory } from './bankStories';

const input = (path: string, text: string, company?: string): BankStoryInput => ({ path, report: lintStory(text, company ? { company } : {}) });
const bank = () => [input('bank/a-refunds.story.md', refundStory), input('bank/b-catalog.story.md', catalogStory), input('bank/c-returns.story.md', noMetricStory)];
/** The cells of a Markdown table row, split on the pipes escapeMarkdown leaves unescaped. */
const cells = (row: string) => row.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
const rowOf = (markdown: string, start: string) => markdown.split('\n').find((line) => line.startsWith(start));

describe('bank summary: the model', () => {
  it('lists each story with its metric, stakeholders, scale and the principles it shows, numbered in path order', () => {
    const [page, ...others] = bankSummaries(bank().reverse());
    assert.equal(others.length, 0, 'one company, one page');
    assert.deepEqual([page!.company, page!.companyName, page!.minStories], ['amazon', 'Amazon Leadership Principles', 2]);
    assert.deepEqual(
      page!.stories.map((s) => [s.number, s.path]),
      [
        [1, 'bank/a-refunds.story.md'],
        [2, 'bank/b-catalog.story.md'],
        [3, 'bank/c-returns.story.md'],
      ],
    );
    const [refunds, catalog, returns] = page!.stories;
    assert.equal(refunds!.title, 'Cut refund handling time from nine days to two');
    assert.deepEqual(refunds!.metric && [refunds!.metric.from, refunds!.metric.to, refunds!.metric.timeframe], ['nine days', 'two', 'Within six weeks']);
    assert.deepEqual(refunds!.stakeholders, ['finance operations lead', 'the VP of Customer Service']);
    assert.deepEqual(catalog!.scale, ['60,000 sellers', 'team of five engineers']);
    assert.ok(catalog!.principles.includes('Frugality') && catalog!.principles.includes('Dive Deep'), catalog!.principles.join());
    assert.equal(returns!.metric, undefined);
  });

  it('counts the stories that show each principle and calls a principle shown by fewer than 2 a gap, as the Story Bank does', () => {
    const [page] = bankSummaries(bank());
    const principle = (name: string) => page!.principles.find((p) => p.name === name)!;
    assert.deepEqual(principle('Dive Deep').stories, [1, 2]);
    assert.equal(principle('Dive Deep').gap, false);
    assert.deepEqual(principle('Frugality').stories, [2]);
    assert.equal(principle('Frugality').gap, true);
    assert.deepEqual(principle('Think Big').stories, []);
    assert.equal(principle('Think Big').gap, true);
    assert.equal(page!.principles.length, 16, "every Amazon principle, in the pack's order");
    assert.equal(page!.principles[0]!.name, 'Customer Obsession');
  });

  it('names each stakeholder of the bank once, deduplicated as one story\'s summary is', () => {
    // "the finance operations lead" is the refund story's "finance operations lead"; "my VP" is its "VP of Customer Service".
    assert.deepEqual(bankSummaries(bank())[0]!.stakeholders, ['finance operations lead', 'the VP of Customer Service']);
  });

  it('makes one page per company, in the order of their ids, and the same pages whatever order the stories come in', () => {
    const stories = [input('n/refunds.story.md', refundStory, 'netflix'), ...bank(), input('g/catalog.story.md', catalogStory, 'generic')];
    const pages = bankSummaries(stories);
    assert.deepEqual(pages.map((p) => [p.company, p.stories.length]), [['amazon', 3], ['generic', 1], ['netflix', 1]]);
    assert.deepEqual(pages[1]!.principles, [], 'the generic pack has no principles');
    assert.deepEqual(bankSummaries([...stories].reverse()), pages);
  });

  it('is built one story at a time, and refuses a report linted without the summary', () => {
    const builder = new BankSummaryBuilder();
    for (const story of bank()) builder.add(story);
    assert.deepEqual(builder.pages(), bankSummaries(bank()));
    assert.throws(() => builder.add({ path: 'x.story.md', report: lintStory(refundStory, { summary: false }) }), /summary: true/);
  });
});

describe('bank summary: the Markdown page', () => {
  it('is one page: a header with the counts, the gaps, a row per story, a row per principle, the stakeholders', () => {
    const markdown = renderBankSummaryMarkdown(bankSummaries(bank())[0]!);
    assert.match(markdown, /^# Story bank: Amazon Leadership Principles\n\n3 stories · 2 with a metric moved · 13 of 16 principles shown by fewer than 2 stories\n/);
    assert.match(markdown, /^\*\*Gaps:\*\* Ownership · Invent and Simplify · .*Frugality/m);
    assert.doesNotMatch(markdown.split('\n').find((l) => l.startsWith('**Gaps:**'))!, /Dive Deep|Deliver Results|Customer Obsession/);
    assert.deepEqual(
      markdown.split('\n').filter((l) => l.startsWith('## ')),
      ['## Stories', '## Principles', '## Stakeholders influenced'],
    );
    assert.deepEqual(cells(rowOf(markdown, '| 1 |')!), ['1', 'Cut refund handling time from nine days to two', 'average refund time went from nine days to two, within six weeks', 'finance operations lead (+1)', '25,000 refund requests a week']);
    assert.deepEqual(cells(rowOf(markdown, '| Dive Deep |')!), ['Dive Deep', '2', '1, 2']);
    assert.deepEqual(cells(rowOf(markdown, '| Frugality |')!), ['Frugality', '**1 · gap**', '2']);
    assert.deepEqual(cells(rowOf(markdown, '| Think Big |')!), ['Think Big', '**0 · gap**', '—']);
    assert.match(markdown, /## Stakeholders influenced\n\nfinance operations lead · the VP of Customer Service\n$/);
  });

  it('says plainly when a story has no quantified outcome, and names no stakeholder it does not have', () => {
    const row = cells(rowOf(renderBankSummaryMarkdown(bankSummaries(bank())[0]!), '| 3 |')!);
    assert.deepEqual(row, ['3', 'Rebuilt the returns label flow after a carrier outage', '_No quantified outcome_', '_None named_', '35,000 returns a week']);
  });

  it('a bank of one story: its principles are all gaps, and the page still has every section', () => {
    const markdown = renderBankSummaryMarkdown(bankSummaries([input('solo.story.md', catalogStory)])[0]!);
    assert.match(markdown, /^1 story · 1 with a metric moved · 16 of 16 principles shown by fewer than 2 stories$/m);
    assert.deepEqual(cells(rowOf(markdown, '| 1 |')!).slice(2), ['p95 ingestion time went from six hours to 25 minutes, in 14 weeks', 'my VP, the finance operations lead', '60,000 sellers']);
    assert.deepEqual(cells(rowOf(markdown, '| Dive Deep |')!), ['Dive Deep', '**1 · gap**', '1']);
  });

  it('escapes hostile story text: markup and table pipes stay text, and a row keeps its five cells', () => {
    const hostile = refundStory.replace('title: Cut refund handling time from nine days to two', 'title: "<script>alert(1)</script> | cut | refunds *fast*"');
    const markdown = renderBankSummaryMarkdown(bankSummaries([input('x.story.md', hostile.replace('finance operations lead,', '"<img src=x onerror=alert(1)> | lead",'))])[0]!);
    const row = rowOf(markdown, '| 1 |')!;
    assert.equal(cells(row).length, 5, row);
    assert.equal(cells(row)[1], '\\<script\\>alert(1)\\</script\\> \\| cut \\| refunds \\*fast\\*');
    assert.match(cells(row)[3]!, /^\\<img src=x onerror=alert\(1\)\\> \\\| lead/);
    assert.doesNotMatch(markdown, /(?<!\\)<(script|img)/);
  });

  it('clips a long title at a word boundary, with an ellipsis', () => {
    const long = 'Rebuilt the seller onboarding flow across four countries and three payment providers without a single missed payout';
    const markdown = renderBankSummaryMarkdown(bankSummaries([input('long.story.md', catalogStory.replace(/^title: .*$/m, `title: ${long}`))])[0]!);
    const title = cells(rowOf(markdown, '| 1 |')!)[1]!;
    assert.ok(title.endsWith('…') && title.length <= 60, title);
    assert.ok(long.startsWith(`${title.slice(0, -1)} `), `cut between two words: ${title}`);
  });

  it('puts a rule between the pages of several companies', () => {
    const markdown = renderBankSummariesMarkdown(bankSummaries([...bank(), input('n.story.md', refundStory, 'netflix')]));
    assert.deepEqual(markdown.split('\n').filter((l) => l.startsWith('# ')), ['# Story bank: Amazon Leadership Principles', '# Story bank: Netflix Culture']);
    assert.match(markdown, /\n\n---\n\n# Story bank: Netflix Culture\n/);
  });
});
