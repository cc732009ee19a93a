import { strict as assert } from 'node:assert';
import { metricLine } from '../../../src/core/report/metricLine';

describe('metricLine: the metric moved in a few words', () => {
  it('keeps the clause that holds from/to, and adds the time frame it does not say', () => {
    const metric = { text: 'Within 14 weeks of kickoff, p95 ingestion time went from six hours to 25 minutes.', from: 'six hours', to: '25 minutes', timeframe: 'Within 14 weeks' };
    assert.equal(metricLine(metric, 90), 'p95 ingestion time went from six hours to 25 minutes, within 14 weeks');
  });

  it('starts after "and" and ends at the next clause', () => {
    const metric = { text: 'Within eight weeks, 6% of guest buyers created an account, and the email list grew from 410,000 to 600,000 subscribers, a record.', from: '410,000', to: '600,000' };
    assert.equal(metricLine(metric, 90), 'the email list grew from 410,000 to 600,000 subscribers');
  });

  it('does not repeat a time frame the clause holds', () => {
    const metric = { text: 'Backlog from 1,200 to 300 tickets within six weeks.', from: '1,200', to: '300', timeframe: 'within six weeks' };
    assert.equal(metricLine(metric, 90), 'Backlog from 1,200 to 300 tickets within six weeks');
  });

  it('without from/to, drops leading clauses with no number or only a qualifier', () => {
    const metric = { text: 'At the end of the four weeks, at 95% confidence, view-through was up 3.2% vs control.', timeframe: 'At the end of the four weeks' };
    assert.equal(metricLine(metric, 90), 'view-through was up 3.2% vs control, at the end of the four weeks');
  });

  it('clips the clause to keep room for the time frame, at a word', () => {
    const metric = { text: 'Subtitle complaints were 0.3 per 10,000 streams, versus 2.1 per 10,000 in the previous launch in Germany.', timeframe: 'In the first month' };
    const line = metricLine(metric, 60);
    assert.equal(line, 'Subtitle complaints were 0.3 per 10,000…, in the first month');
    assert.ok(line.length <= 60);
  });

  it('keeps "Q3" as written when it starts the time frame', () => {
    assert.equal(metricLine({ text: 'Activation went from 41% to 58%.', from: '41%', to: '58%', timeframe: 'Q3 2024' }, 90), 'Activation went from 41% to 58%, Q3 2024');
  });
});

describe('metricLine: what a user audit of the bank page found', () => {
  it('keeps the clause that names the measure when the figures follow a hedge ("I think from around 40%")', () => {
    const metric = { text: 'Carrier onboarding completion went up, I think from around 40% to a bit over 55%.', from: '40%', to: '55%' };
    assert.equal(metricLine(metric, 90), 'Carrier onboarding completion went up, I think from around 40% to a bit over 55%');
  });

  it('does not start at a clause with no number ("Churn went up a bit but less than the 4%")', () => {
    assert.equal(metricLine({ text: 'Churn went up a bit but less than the 4% finance had modelled.' }, 90), 'Churn went up a bit but less than the 4% finance had modelled');
  });

  it("keeps a table row's label, and a time frame's capitals when it is a name", () => {
    assert.equal(metricLine({ text: 'Decision error rate (audited): 9% → 1.6%', from: '9%', to: '1.6%', timeframe: 'March 2024' }, 90), 'Decision error rate (audited): 9% → 1.6%, March 2024');
  });

  it('clips the words before "from X to Y", never the figures', () => {
    const metric = { text: 'Across the three pilot regions and both of the partner carriers we onboarded that spring, time-to-payout went from 4.2 days to under 10 minutes.', from: '4.2 days', to: '10 minutes' };
    const line = metricLine(metric, 90);
    assert.ok(line.endsWith('from 4.2 days to under 10 minutes'), line);
    assert.ok(line.length <= 90, line);
  });

  it('drops a lead-in only when it says nothing but when ("38% upgraded … within 9 months" stays)', () => {
    const metric = { text: '38% upgraded to the full suite within 9 months, above the 30% guardrail.', timeframe: 'within 9 months' };
    assert.equal(metricLine(metric, 90), '38% upgraded to the full suite within 9 months, above the 30% guardrail');
    assert.equal(metricLine({ text: 'After the login prompt and progress restore it reached 18%.' }, 90), 'After the login prompt and progress restore it reached 18%');
  });
});
