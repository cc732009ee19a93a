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
