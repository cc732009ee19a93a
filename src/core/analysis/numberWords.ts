import { Kind } from '../text/tokens';
import { alt, digits, gluedLeft, opt, sameLine, seq, token, touching, w, type Pattern } from './patterns';

/** Month names and their short forms, for `w()`: "March", "mar", "sept". */
export const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
/** The month names but "may", a verb as often as a month ("may 5", "around May", "After (may change)"). */
export const MONTH_NAMES_BUT_MAY = MONTH_NAMES.split('|').filter((name) => name !== 'may').join('|');

/** Spelled-out numbers candidates write ("two teams", "six hours"). "one" is left out: it is mostly a pronoun. */
export const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens';

export const numberWord = w(NUMBER_WORDS);

/** The word after a duration, from milliseconds to months ("850 ms", "2.4 seconds", "6 weeks"), for a regular expression. */
export const TIME_UNITS = 'ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?';

/** A year as written in a story: "2024", "1998". */
export const YEAR = /^(?:19|20)\d{2}$/;

/** A currency written before a figure, on the figure's text (`currency` below is the token pattern): a sign with up to two letters of country ("$", "US$", "R$", "€"), or "Rs"/"INR". */
const CURRENCY = String.raw`(?:[A-Z]{0,2}[$€£¥₹]|rs\b\.?|inr\b)`;
/** A figure that is money ("$1.2M", "Rs 40 lakh", "(€300"): a currency first, after any opening mark. */
export const MONEY = new RegExp(String.raw`^\W*${CURRENCY}`, 'i');
/** A small sum without a multiplier ("₹38", "$0.19", "Rs. 40"): a price, not the size of an effort. */
export const SMALL_MONEY = new RegExp(String.raw`^${CURRENCY}\s?\d{1,3}(?:\.\d+)?$`, 'i');

// A letter prefix names which dollar: "R$19 million" (reais), "C$", "AU$", "HK$". Not "A$", "S$" or "US$":
// every "a", "s" (of "seller's") and "us" in a story would then be a place where an amount may start.
export const currency = w('$|€|£|¥|₹|rs.|rs|inr|r$|c$|ca$|au$|nz$|hk$|sg$|mx$');
/** ISO codes said before an amount: "COP 480 million", "USD 9,000" (not "try", "won", "pen", "amd", "bob" or "sdg": words first). */
const CURRENCY_CODES =
  'usd|eur|gbp|aud|nzd|cad|cop|ars|brl|mxn|clp|inr|pkr|idr|myr|sgd|thb|php|vnd|krw|jpy|cny|zar|ngn|kes|ghs|egp|sar|aed|ils|pln|sek|nok|dkk|chf|huf|czk|jod|kwd|qar|omr|bhd|ron|isk|etb|tzs|ugx|xof|xaf|lkr|bdt|uyu|' +
  'mad|rwf|kzt|twd|jmd|npr|hkd|rub|uah|tnd|dzd|mmk|khr|mnt|bgn|rsd|pyg|gtq|crc|dop|ttd|zmw|mwk|mzn|bwp|mur';
export const currencyCode = w(CURRENCY_CODES);
const CURRENCY_NAMES = `${CURRENCY_CODES}|baht|rand|ringgit|naira|pesos|zloty|zlotys|złoty|krona|kronor|krone|kroner|riyal|riyals|shekel|shekels|dong|euro|euros|dollar|dollars|pounds|rupee|rupees|yen|soles|reais|lira|dirham|dirhams|dinar|dinars|shillings|cedi|cedis|rupiah|francs|yuan|rmb`;
/** A currency named after an amount: "1.2 million baht", "3 million dong per month", "40,000 rand". */
export const currencyWord = w(
  CURRENCY_NAMES,
);
/** The same names as a set of lower-case words, for the checks that read the word after a figure. */
export const CURRENCY_AFTER: ReadonlySet<string> = new Set(CURRENCY_NAMES.split('|'));
/** What multiplies an amount: "1.2 million", "40k", "4 crore". */
export const MULTIPLIERS = 'k|m|mm|mn|bn|b|million|millions|billion|billions|thousand|lakh|lakhs|crore|crores|cr';

/** Digits that start a word: "60,000" but not the "99" of "p99". */
export const digitsAtWordStart = token((s, i) => s.t.kind[i] === Kind.Number && !gluedLeft(s, i));

/** "$4", "£ 1.2", "60,000", "twelve", "one", "zero": a number in a before/after. */
export const amount = alt(seq(currency, sameLine(digits)), digits, w(`${NUMBER_WORDS}|zero|one|half`));

/** A count in digits or words, "a", "a few", "few" ("the next few months"), "several", "a couple of". */
export const count = alt(digits, w(`${NUMBER_WORDS}|a|an|one|a few|few|several|a couple of|couple of|a couple`));

export const periodUnit = w('day|days|week|weeks|wk|wks|fortnight|fortnights|month|months|mo|mos|quarter|quarters|qtr|qtrs|year|years|sprint|sprints|release cycle|release cycles|releases');

/** "doubled", "halved", "in half", "10-fold", "twice as many", "half as long". */
export const multiplier = alt(w('doubled|tripled|quadrupled|halved|tenfold|twofold|threefold|fivefold|in half|twice as|half as'), seq(digitsAtWordStart, touching(w('-fold'))));

/** A count, a hyphen or space, then a period: "two-week", "14 days"; a range of counts too: "4-5 months", "3 to 4 weeks". */
export const countedPeriod: Pattern = seq(count, opt(seq(alt(touching(w('-|–')), w('to|or')), count)), opt(touching(w('-'))), periodUnit);
