import type { Pack } from '../packs/schema';
import { wordsIn } from '../text/words';
import { currency, currencyCode, currencyWord, MULTIPLIERS } from './numberWords';
import { opt, sameLine, seq, token, unit, w, type Scope } from './patterns';
import { Scanner } from './scanner';
import { Kind } from '../text/tokens';

const NUMBER = token((s, i) => s.t.kind[i] === Kind.Number);

/** Business and customer measures any company weighs: revenue, cost, retention, customers served... */
const business = new Scanner([
  w(
    'revenue|sales|profit|margin|gmv|bookings|cost|costs|spend|saving|savings|saved|churn|retention|retained|conversion|converted|engagement|engaged|signup|signups|sign-up|sign-ups|subscri*|activation|adoption|nps|csat|satisfaction|customer|customers|member|members|user|users|seller|sellers|buyer|buyers|viewer|viewers|hours watched|view-through|watch time|tickets|contacts|complaints|refund|refunds|returns|return rate|return rates|orders|growth|market share|arr|mrr|ltv|lifetime value|roi|payback|time to market|availability|uptime|outage|outages|incident|incidents|error|errors|latency|sign-in|sign-ins|login|logins|log-in|log-ins|completion rate|drop-off|abandonment|failure rate|success rate|error rate|crash|crashes|crash rate|attrition|turnover|quit rate|regrettable attrition|churned|escalation|escalations|' +
      // what a streaming service counts, what the team's time and rework cost, what a trial or a programme delivers
      'starts|title starts|viewing hours|streaming hours|hours per member|analyst-hours|engineer-hours|person-hours|man-hours|hours a month|hours a week|hours per month|hours per week|redelivery|redeliveries|rework|defects|defect rate|cycle time|lead time|time to launch|throughput|on-time|productivity|participants|enrolment|enrollment|enrolments|enrollments|purchases|paid unlocks',
  ),
  // a renewal or a contract is revenue kept or won ("Renewals went up", "Two clients renewed"); completion and
  // ratings are what customers did and said ("Completion improved", "app ratings dipped a bit")
  // (and cancellations are customers leaving: "Cancellations were back to around 65 a day")
  // (losses and breaking even are the money too: "from roughly S/ 20,000 a month in losses to roughly break-even";
  // invoices are what a billing product's customers send: "twice as many invoices went through the app"; volume is
  // the business done: "Our bale volume doubled")
  w('renewal|renewals|renewed|renew|contract|contracts|deal|deals|completion|completions|rating|ratings|payment|payments|cancellation|cancellations|losses|break-even|breakeven|profitable|profitability|invoices|traffic|volume|volumes'),
  // what customers buy, counted or by the basket: "about 9% of F&B transactions came through in-seat ordering", "Average
  // order value was higher than at the kiosks"
  w('transactions|order value|average order value|aov|basket size|basket value'),
  // what customers wait for, call and claim about: "the median wait fell from five days to nine hours", "Advising calls
  // ... dropped", "Missing-miles claims from hotel partners went down by around 60%"
  // (and disputes: "disputes fell to about 0.4% of lots sold"; a lender's repayment: "Repayment came in at 89%"; a
  // hospital's beds: "the freed bed-hours ... roughly 4,100 per quarter")
  w('calls|call volume|wait|waits|wait time|wait times|waiting time|waiting times|claims|disputes|repayment|repayments|repayment rate|defaults|default rate|arrears|bed-hours|bed hours|bed-days|bed days'),
  // whether customers turn up and how soon they are answered: "No-shows in the test arm came in around 13%",
  // "Response time for patient transfers is now around 24 minutes", "Median callback time dropped from 11 minutes
  // to 4", "Time to first lead for new installers came down"; and what they pay: "MAD 1,900 less in storage charges"
  w('no-shows|no-show|no-show rate|attendance|response time|response times|callback time|callback times|callbacks|turnaround time|turnaround times|time to first lead|charges|fees'),
  // what staff cost, and rules broken: "Cleaning overtime, DKK per month", "Fatigue rule breaches basically went to zero"
  w('overtime|breaches|breach|money|made more money'),
  // what a delivery business loses: "Lost parcels went down"
  // how many customers use it each week or day: "around 60% weekly active teachers after 6 weeks" (set 1004)
  w('weekly active|daily active|monthly active'),
  w('lost parcels|lost packages|lost shipments|lost items|lost orders|lost deliveries|missing parcels|missing packages'),
  // what a marketplace sells on: "Qualified leads per LDP view: +7.8% in the test group"
  w('qualified leads|sales leads|inbound leads|lead volume|leads per'),
  // customers coming back and waiting less: "almost doubled their rebooking rate", "The backlog was down to 1,100"
  w('rebooking|rebookings|rebooking rate|repeat bookings|repeat visits|backlog|backlogs|time to decision'),
  // what customers choose to receive or share: "Around 62% of farmers who saw the prompt opted in", "Alert opt-outs went
  // down"
  w('opted in|opted-in|opt-in|opt-ins|opt-in rate|opted out|opted-out|opt-out|opt-outs|opt-out rate'),
  // what visitors do, counted per visitor, is a conversion rate: "completed applications per visitor went up by roughly 2x"
  w('per visitor|per visit|per session|per visitors|per sessions|per site visit'),
  seq(currency, sameLine(NUMBER)),
  // (and the signs `currency` leaves out, a scale's money elsewhere: "worth about ₱50 million to our exporters")
  seq(w('₱|₦|₵|₩|₺|₴|₫'), sameLine(NUMBER)),
  // money written with a code or a word: "COP 480 million", "USD 9,000", "1.2 million baht per year"
  seq(currencyCode, sameLine(NUMBER)),
  // (the multiplier written against the figure too: "made about 30M yen in the first season", set 1009)
  seq(NUMBER, opt(sameLine(unit(MULTIPLIERS))), currencyWord),
]);

const packPhrases = new WeakMap<Pack, Array<{ words: string; prefix: boolean }>>();

/** The pack's own metric phrases as lower-case words, worked out once per pack. */
function metricPhrases(pack: Pack): Array<{ words: string; prefix: boolean }> {
  let phrases = packPhrases.get(pack);
  if (!phrases) {
    phrases = pack.metrics
      .flatMap((m) => m.phrases)
      .map((phrase) => ({ words: wordsIn(phrase.replace(/\*$/, '').toLowerCase()).map((word) => word.text).join(' '), prefix: phrase.endsWith('*') }));
    packPhrases.set(pack, phrases);
  }
  return phrases;
}

/** True when the text names a business or customer measure, or one of the pack's own metrics. */
export function namesBusinessMetric(s: Scope, pack: Pack): boolean {
  let found = false;
  business.scan(s, () => {
    found = true;
    return false;
  });
  if (found || s.lo >= s.hi) return found;
  // The pack's metric phrases count on whole words ("ms" must not match "teams").
  const text = s.t.text.slice(s.t.start[s.lo], s.t.end[s.hi - 1]);
  const words = ` ${wordsIn(text).map((word) => word.text.toLowerCase()).join(' ')} `;
  return metricPhrases(pack).some(({ words: wanted, prefix }) => (prefix ? words.includes(` ${wanted}`) : words.includes(` ${wanted} `)));
}
